package com.secureexchanges.portal.core.audit;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.core.error.PayloadTooLarge;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reading the event log (SPEC E2–E4): a user's own journal, and, for administrators, the log of any
 * user of their account, as pages, a CSV file (itself an event) or a verification of the chain.
 * Another account's user is not found, exactly like a user who does not exist.
 */
public final class EventLogService {

    /** Events of one export, in {@code seq} order, and the chain's head they were cut at. */
    public record Export(List<StoredEvent> events, ChainHead head) {
    }

    private final EventStore store;
    private final UserDirectory users;
    private final Journal journal;
    private final Clock clock;

    public EventLogService(EventStore store, UserDirectory users, Journal journal, Clock clock) {
        this.store = store;
        this.users = users;
        this.journal = journal;
        this.clock = clock;
    }

    /** The caller's own events, newest first (SPEC E3). */
    public EventPage mine(Caller caller, Optional<String> cursor) {
        return page(caller.user().key(), Instant.EPOCH, clock.instant(), cursor);
    }

    /** A user's events within {@code [from, to]}, newest first, for an administrator of their account. */
    public EventPage of(Caller admin, String userId, Instant from, Instant to, Optional<String> cursor) {
        return page(subject(admin, userId).key(), from, to, cursor);
    }

    /**
     * The user's events within {@code [from, to]}, oldest first, cut at the chain's head as it is now;
     * the export itself is recorded in the user's log.
     *
     * @throws PayloadTooLarge when the period holds more events than one file may
     */
    public Export export(Caller admin, String userId, Instant from, Instant to) {
        User subject = subject(admin, userId);
        ChainHead head = subject.journal();
        List<StoredEvent> rows = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            EventPage page = page(subject.key(), from, to, cursor);
            page.events().stream().filter(e -> e.seq() <= head.seq()).forEach(rows::add);
            if (rows.size() > journal.policy().maxExport()) {
                throw new PayloadTooLarge(ErrorId.EXPORT_TOO_LARGE);
            }
            cursor = page.cursor();
        } while (cursor.isPresent());
        rows.sort(Comparator.comparingLong(StoredEvent::seq));
        Event exported = admin.event(EventType.EVENTS_EXPORTED, subject).with("from", EventChain.TIME.format(from))
                .with("to", EventChain.TIME.format(to)).with("rows", Integer.toString(rows.size()));
        journal.recordAlone(subject.chain(), head, List.of(exported));
        return new Export(List.copyOf(rows), head);
    }

    /**
     * Checks the user's chain against itself and the head kept with the user (SPEC E4), as it stood when
     * the user was read: events appended while it is read are left for the next check.
     */
    public Verification verify(Caller admin, String userId) {
        User subject = subject(admin, userId);
        ChainHead head = subject.journal();
        List<StoredEvent> chain = store.chain(subject.key()).stream().filter(e -> e.seq() <= head.seq()).toList();
        return Verification.of(chain, head, clock.instant(), journal.policy().retention(), subject.deleted());
    }

    private User subject(Caller admin, String userId) {
        admin.requireAdministrator();
        if (!UserKey.isId(userId)) {
            throw new NotFound();
        }
        return users.find(new UserKey(admin.account().id(), userId)).orElseThrow(NotFound::new);
    }

    private EventPage page(UserKey key, Instant from, Instant to, Optional<String> cursor) {
        if (to.isBefore(from)) {
            throw new InvalidInput(ErrorId.INVALID_DATE);
        }
        try {
            return store.page(key, from, to, cursor, journal.policy().pageSize());
        } catch (IllegalArgumentException notOurs) {
            throw new InvalidInput(ErrorId.INVALID_CURSOR);
        }
    }
}
