package com.secureexchanges.portal.core.access;

import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
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

    /**
     * Ends the caller's session, with its {@code logout} event. Signing out must always work: if the
     * event cannot be written (the chain keeps moving), the session still ends, without it.
     */
    public void logout(Caller caller) {
        revoke(caller, List.of(caller.session()), caller.event(EventType.LOGOUT));
    }

    /** Ends every other session of the caller ("Sign out other sessions"); returns how many. */
    public int revokeOthers(Caller caller) {
        List<Session> others = store.listByUser(caller.user().key()).stream()
                .filter(s -> !s.idHash().equals(caller.session().idHash())).toList();
        revoke(caller, others, caller.event(EventType.SESSION_REVOKED)
                .with("sessions", Integer.toString(others.size())).with("scope", "others"));
        return others.size();
    }

    private void revoke(Caller caller, List<Session> sessions, Event event) {
        try {
            journal.record(caller.user().chain(), caller.user().journal(), List.of(event), appendix -> {
                store.revoke(sessions, appendix);
                return appendix;
            });
        } catch (Conflict chainKeptMoving) {
            sessions.forEach(s -> store.delete(s.idHash()));
        }
    }
}
