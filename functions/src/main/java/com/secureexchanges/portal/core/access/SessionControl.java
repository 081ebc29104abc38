package com.secureexchanges.portal.core.access;

import java.util.Optional;
import java.time.Clock;
import com.secureexchanges.portal.core.session.SessionCut;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionStore;
import com.secureexchanges.portal.core.user.User;
import java.util.List;

/**
 * Signing out (SPEC S1): this session, every other one of the caller, or every one of a user (an
 * administrator's "sign out everywhere"); each is an event in the user's log. Signing out must always
 * work: if the event cannot be written (the chain keeps moving), the sessions still end, without it.
 */
public final class SessionControl {

    private final SessionStore store;
    private final Journal journal;
    private final Clock clock;

    public SessionControl(SessionStore store, Journal journal, Clock clock) {
        this.store = store;
        this.journal = journal;
        this.clock = clock;
    }

    /** Ends the caller's session, with its {@code logout} event. */
    public void logout(Caller caller) {
        revoke(caller.user(), Optional.empty(), List.of(caller.session()), caller.event(EventType.LOGOUT));
    }

    /** Ends every other session of the caller ("Sign out other sessions"); returns how many. */
    public int revokeOthers(Caller caller) {
        List<Session> others = store.listByUser(caller.user().key()).stream()
                .filter(s -> !s.idHash().equals(caller.session().idHash())).toList();
        revoke(caller.user(), Optional.of(SessionCut.allBut(clock.instant(), caller.session())), others,
                caller.event(EventType.SESSION_REVOKED)
                .with("sessions", Integer.toString(others.size())).with("scope", "others"));
        return others.size();
    }

    /** Ends every session of {@code user} on an administrator's word; returns how many. */
    public int revokeAll(Caller admin, User user) {
        List<Session> all = store.listByUser(user.key());
        revoke(user, Optional.of(SessionCut.all(clock.instant())), all, admin.event(EventType.SESSION_REVOKED, user)
                .with("sessions", Integer.toString(all.size())).with("scope", "all"));
        return all.size();
    }

    /** Ends every session of a user whose suspension or deletion is already an event. */
    public void endAll(UserKey user) {
        store.cut(user, SessionCut.all(clock.instant()));
        store.listByUser(user).forEach(s -> store.delete(s.idHash()));
    }

    private void revoke(User user, Optional<SessionCut> cut, List<Session> sessions, Event event) {
        try {
            journal.record(user.chain(), user.journal(), List.of(event), appendix -> {
                store.revoke(user.key(), cut, sessions, appendix);
                return appendix;
            });
        } catch (Conflict chainKeptMoving) {
            cut.ifPresent(c -> store.cut(user.key(), c));
            sessions.forEach(s -> store.delete(s.idHash()));
        }
    }
}
