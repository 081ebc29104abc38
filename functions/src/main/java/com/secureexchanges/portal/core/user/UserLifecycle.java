package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionStore;
import java.util.List;

/**
 * Suspending, reactivating and signing a user out everywhere (SPEC U3, S1). A suspended user's
 * sessions are refused at their next request (the caller is read from storage) and deleted here; their
 * pending links and SMS codes die with the security version. Each is an event in the user's log.
 */
public final class UserLifecycle {

    private final UserAdministration users;
    private final UserChanges changes;
    private final SessionStore sessions;
    private final Journal journal;

    public UserLifecycle(UserAdministration users, UserChanges changes, SessionStore sessions, Journal journal) {
        this.users = users;
        this.changes = changes;
        this.sessions = sessions;
        this.journal = journal;
    }

    /** @throws Conflict {@code last_administrator} for the account's last active administrator */
    public User suspend(Caller admin, String userId) {
        User suspended = setActive(admin, userId, false, EventType.USER_SUSPENDED);
        sessions.listByUser(suspended.key()).forEach(s -> sessions.delete(s.idHash()));
        return suspended;
    }

    public User reactivate(Caller admin, String userId) {
        return setActive(admin, userId, true, EventType.USER_REACTIVATED);
    }

    /** Ends every session of the user ("Sign out everywhere"); returns how many. */
    public int signOutEverywhere(Caller admin, String userId) {
        User user = users.get(admin, userId);
        List<Session> all = sessions.listByUser(user.key());
        try {
            journal.record(user.chain(), user.journal(), List.of(admin.event(EventType.SESSION_REVOKED, user)
                    .with("sessions", Integer.toString(all.size())).with("scope", "all")), appendix -> {
                        sessions.revoke(all, appendix);
                        return appendix;
                    });
        } catch (Conflict chainKeptMoving) {
            all.forEach(s -> sessions.delete(s.idHash()));
        }
        return all.size();
    }

    private User setActive(Caller admin, String userId, boolean active, EventType type) {
        User start = users.get(admin, userId);
        return changes.apply(start, stored -> stored.active() == active
                ? new UserChanges.Change(stored, List.of())
                : new UserChanges.Change(stored.withActive(active), List.of(admin.event(type, stored))))
                .orElseThrow(Conflict::concurrentChange);
    }
}
