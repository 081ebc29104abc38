package com.secureexchanges.portal.core.access;

import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionStore;
import java.util.List;

/** Signing out (SPEC S1): this session, or every other one of the caller; each is an event. */
public final class SessionControl {

    private final SessionStore store;
    private final Journal journal;

    public SessionControl(SessionStore store, Journal journal) {
        this.store = store;
        this.journal = journal;
    }

    /** Ends the caller's session, with its {@code logout} event. */
    public void logout(Caller caller) {
        journal.record(caller.user().chain(), caller.user().journal(), List.of(caller.event(EventType.LOGOUT)),
                appendix -> {
                    store.revoke(List.of(caller.session()), appendix);
                    return appendix;
                });
    }

    /** Ends every other session of the caller ("Sign out other sessions"); returns how many. */
    public int revokeOthers(Caller caller) {
        List<Session> others = store.listByUser(caller.user().key()).stream()
                .filter(s -> !s.idHash().equals(caller.session().idHash())).toList();
        journal.record(caller.user().chain(), caller.user().journal(), List.of(caller.event(EventType.SESSION_REVOKED)
                .with("sessions", Integer.toString(others.size())).with("scope", "others")), appendix -> {
                    store.revoke(others, appendix);
                    return appendix;
                });
        return others.size();
    }
}
