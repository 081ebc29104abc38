package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.error.Conflict;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Changing a stored user together with the events that say so. The change is decided from the user as
 * stored; when someone else wrote to the user first (their chain's head moved), the user is read
 * again and the change decided again, so that nothing they wrote is put back and no event tells a
 * stale "before".
 */
public final class UserChanges {

    private static final int ATTEMPTS = 8;

    /** The user after the change and its events; no events means nothing to write. */
    public record Change(User after, List<Event> events) {
    }

    /** The atomic write of a change: false, nothing written, when its conditions no longer hold. */
    @FunctionalInterface
    public interface Write {
        boolean apply(User before, User after, Appendix journal);
    }

    private final UserDirectory users;
    private final Journal journal;

    public UserChanges(UserDirectory users, Journal journal) {
        this.users = users;
        this.journal = journal;
    }

    /** A change written with {@link UserDirectory#update}. */
    public Optional<User> apply(User start, Function<User, Change> decide) {
        return apply(start, decide, users::update);
    }

    /**
     * @param decide what the change is, given the user as stored; may throw to refuse it
     * @return the user as stored after the change (unchanged when there was nothing to write), or empty
     *         when {@code write} found its conditions broken
     * @throws Conflict when the user keeps changing under this write
     */
    public Optional<User> apply(User start, Function<User, Change> decide, Write write) {
        User before = start;
        for (int attempt = 1; ; attempt++) {
            Change change = decide.apply(before);
            if (change.events().isEmpty()) {
                return Optional.of(before);
            }
            Appendix appendix = journal.prepare(before.chain(), before.journal(), change.events());
            User after = change.after().withJournal(appendix.next());
            try {
                return write.apply(before, after, appendix) ? Optional.of(after) : Optional.empty();
            } catch (HeadMoved moved) {
                if (attempt >= ATTEMPTS) {
                    throw Conflict.concurrentChange();
                }
                before = users.find(before.key()).orElseThrow(Conflict::concurrentChange);
            }
        }
    }
}
