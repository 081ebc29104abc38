package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.access.SessionControl;
import com.secureexchanges.portal.core.audit.EventStore;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.error.Conflict;
import java.util.List;

/**
 * Suspending, reactivating and signing a user out everywhere (SPEC U3, S1). A suspended user's
 * sessions are refused at their next request (the caller is read from storage) and deleted here; their
 * pending links and SMS codes die with the security version. Each is an event in the user's log.
 */
public final class UserLifecycle {

    private final UserAdministration users;
    private final UserChanges changes;
    private final UserDirectory directory;
    private final SessionControl sessions;
    private final EventStore events;
    private final SensitiveChanges sensitive;
    private final AdminNotices notices;

    public UserLifecycle(UserAdministration users, UserChanges changes, UserDirectory directory,
                         SessionControl sessions, EventStore events, SensitiveChanges sensitive,
                         AdminNotices notices) {
        this.users = users;
        this.changes = changes;
        this.directory = directory;
        this.sessions = sessions;
        this.events = events;
        this.sensitive = sensitive;
        this.notices = notices;
    }

    /** @throws Conflict {@code last_administrator} for the account's last active administrator */
    public User suspend(Caller admin, String userId) {
        User suspended = setActive(admin, userId, false, EventType.USER_SUSPENDED);
        sessions.endAll(suspended.key());
        return suspended;
    }

    public User reactivate(Caller admin, String userId) {
        return setActive(admin, userId, true, EventType.USER_REACTIVATED);
    }

    /** Ends every session of the user ("Sign out everywhere"); returns how many. */
    public int signOutEverywhere(Caller admin, String userId) {
        return sessions.revokeAll(admin, users.get(admin, userId));
    }

    /**
     * Deletes the user (SPEC U3): sign-in and sessions end, the address is free again, names, number and
     * address are gone, and the personal data of their events is pseudonymised; the events stay, and
     * their chain still verifies. Deleting again finishes a pseudonymisation that was cut short.
     *
     * @throws Conflict {@code last_administrator} for the account's last active administrator
     */
    public void delete(Caller admin, String userId) {
        admin.requireAdministrator();
        User user = users.find(admin, userId);
        if (!user.deleted()) {
            sensitive.require(admin, user, EventType.USER_DELETED);
            changes.apply(user, stored -> stored.deleted() ? new UserChanges.Change(stored, List.of())
                    : new UserChanges.Change(stored.deletedUser(), List.of(admin.event(EventType.USER_DELETED, stored))),
                    (before, after, appendix) -> directory.delete(before, appendix))
                    .orElseThrow(Conflict::concurrentChange);
            sessions.endAll(user.key());
            notices.tell(admin, user, AdminNotices.Change.DELETED);
        }
        events.pseudonymise(user.key());
    }

    private User setActive(Caller admin, String userId, boolean active, EventType type) {
        User start = users.get(admin, userId);
        if (start.administrator() && start.active() != active) {
            sensitive.require(admin, start, type);
        }
        User changed = changes.apply(start, stored -> stored.active() == active
                ? new UserChanges.Change(stored, List.of())
                : new UserChanges.Change(stored.withActive(active), List.of(admin.event(type, stored))))
                .orElseThrow(Conflict::concurrentChange);
        if (start.administrator() && start.active() != active) {
            notices.tell(admin, changed, active ? AdminNotices.Change.REACTIVATED : AdminNotices.Change.SUSPENDED);
        }
        return changed;
    }
}
