package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.user.Member;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.util.List;
import java.util.Optional;

/**
 * What the licence services share: the users they act on, always inside the administrator's account (another
 * account's user is not found, exactly like a missing one), refusals recorded in the log, and the pool to
 * answer with.
 */
final class Licensees {

    private final UserDirectory users;
    private final Journal journal;

    Licensees(UserDirectory users, Journal journal) {
        this.users = users;
        this.journal = journal;
    }

    /**
     * The user {@code userId} of the administrator's account, as read with the caller when it was (see
     * {@link Caller#subject(String)}), else read now; {@code 404} when missing or deleted.
     */
    User find(Caller admin, String userId) {
        admin.requireAdministrator();
        if (!UserKey.isId(userId)) {
            throw new NotFound();
        }
        Optional<User> user = admin.subject(userId)
                .orElseGet(() -> users.find(new UserKey(admin.account().id(), userId)));
        return user.filter(u -> !u.deleted()).orElseThrow(NotFound::new);
    }

    /** The user again, as stored now (after another write moved them). */
    User reload(User user) {
        return users.find(user.key()).filter(u -> !u.deleted()).orElseThrow(Conflict::concurrentChange);
    }

    /** Records the refusal in {@code subject}'s log and answers the error to throw. */
    PortalException refused(User subject, Event attempt, PortalException error) {
        try {
            journal.recordAlone(subject.chain(), subject.journal(), List.of(attempt.failed(error.id())));
        } catch (Conflict chainKeptMoving) {
            // The refusal stands without its event.
        }
        return error;
    }

    /**
     * The administrator's pool after {@code changes}, from the pool read with the caller; read again in the
     * rare case another change got in between so far that the sum is out of range.
     */
    Billing poolAfter(Caller admin, List<SeatChange> changes) {
        try {
            return admin.account().billing().after(changes, Optional.empty());
        } catch (IllegalArgumentException movedMeanwhile) {
            return users.member(admin.user().key()).map(Member::account).orElseThrow(Conflict::concurrentChange)
                    .billing();
        }
    }
}
