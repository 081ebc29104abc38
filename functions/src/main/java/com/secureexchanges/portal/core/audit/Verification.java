package com.secureexchanges.portal.core.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The result of checking a user's chain (SPEC E4): whether it holds, how many events were checked,
 * the head, and the first sequence number whose event is missing, altered or out of place.
 */
public record Verification(boolean valid, int events, String head, OptionalLong firstBrokenSeq) {

    /**
     * Checks {@code events} (in {@code seq} order, as stored) against each other and against the head
     * kept with the user. A missing start is accepted only where retention explains it: the event
     * before the first one kept must be old enough to have been purged.
     */
    public static Verification of(List<StoredEvent> events, ChainHead recorded, Instant now, Duration retention) {
        return of(events, recorded, now, retention, true);
    }

    /**
     * @param pseudonymisedAllowed whether the chain's user is deleted: only then may events have lost
     *                             their personal data; in a live user's chain that is an erasure
     */
    public static Verification of(List<StoredEvent> events, ChainHead recorded, Instant now, Duration retention,
                                  boolean pseudonymisedAllowed) {
        StoredEvent previous = null;
        for (StoredEvent e : events) {
            long broken = e.salt().isEmpty() && !pseudonymisedAllowed ? e.seq() : brokenAt(previous, e, now, retention);
            if (broken > 0) {
                return new Verification(false, events.size(), recorded.hash(), OptionalLong.of(broken));
            }
            previous = e;
        }
        long lastSeq = previous == null ? 0 : previous.seq();
        String lastHash = previous == null ? recorded.hash() : previous.hash();
        if (lastSeq != recorded.seq() || (previous != null && !lastHash.equals(recorded.hash()))) {
            boolean allPurged = previous == null && !recorded.at().plus(retention).isAfter(now);
            if (!allPurged) {
                long broken = Math.min(lastSeq, recorded.seq()) + (lastSeq == recorded.seq() ? 0 : 1);
                return new Verification(false, events.size(), recorded.hash(), OptionalLong.of(Math.max(broken, 1)));
            }
        }
        return new Verification(true, events.size(), recorded.hash(), OptionalLong.empty());
    }

    private static long brokenAt(StoredEvent previous, StoredEvent e, Instant now, Duration retention) {
        if (previous == null) {
            boolean genesis = e.seq() == 1 && e.prevHash().equals(ChainHead.ZERO) && e.prevAt().equals(Instant.EPOCH);
            boolean purgedBefore = e.seq() > 1 && !e.prevAt().plus(retention).isAfter(now);
            if (!genesis && !purgedBefore) {
                return e.seq() > 1 ? e.seq() - 1 : 1;
            }
        } else if (e.seq() != previous.seq() + 1) {
            // Retention purges in no set order: a gap is a purge when the missing events were past it.
            if (e.prevAt().plus(retention).isAfter(now)) {
                return previous.seq() + 1;
            }
        } else if (!e.prevHash().equals(previous.hash()) || !e.prevAt().equals(previous.at())) {
            return e.seq();
        }
        if (!EventChain.hashHolds(e) || !EventChain.personalDataHolds(e)) {
            return e.seq();
        }
        return 0;
    }
}
