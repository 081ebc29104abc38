package com.secureexchanges.portal.core.audit;

import com.secureexchanges.portal.core.account.UserKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The event log (SPEC E): one chain per user, under its account. Append-only: nothing here changes
 * or deletes a stored event. Thread-safe.
 */
public interface EventStore {

    /**
     * Records events that go with no other write, as one atomic write (events and head).
     *
     * @throws HeadMoved when the chain's head is no longer {@code journal.expected()} (nothing written)
     */
    void append(Appendix journal);

    /**
     * One page of the user's events whose time is within {@code [from, to]}, newest first, in one read.
     *
     * @param cursor where the previous page ended, as this method returned it
     * @throws IllegalArgumentException for a cursor this store did not make
     */
    EventPage page(UserKey user, Instant from, Instant to, Optional<String> cursor, int limit);

    /** Every kept event of the user, in {@code seq} order (for verification and export). */
    List<StoredEvent> chain(UserKey user);

    /**
     * The one change ever made to stored events (SPEC E4, U3): a deleted user's personal data (IP
     * address, browser, details) is replaced by {@link EventChain#PSEUDONYMISED} and the salt that
     * committed to it dropped; the hashed part is untouched, so the chain still verifies. Safe to run
     * again.
     *
     * @return how many events were pseudonymised
     */
    int pseudonymise(UserKey user);
}
