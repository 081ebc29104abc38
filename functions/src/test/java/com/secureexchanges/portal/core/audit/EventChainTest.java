package com.secureexchanges.portal.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.model.ClientInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** SPEC E4: the hash chain of one user's events, its verification, and what survives pseudonymisation. */
class EventChainTest {

    private static final Duration RETENTION = Duration.ofDays(400);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "Firefox/140 (Windows)", "en", "req-7");
    private final AtomicInteger salts = new AtomicInteger();

    private List<StoredEvent> chain(int length) {
        List<StoredEvent> all = new ArrayList<>();
        ChainHead head = ChainHead.GENESIS;
        for (int i = 0; i < length; i++) {
            Event e = Event.of(EventType.PROFILE_CHANGED, "u1", "u1", CLIENT).with("firstName.before", "A" + i)
                    .with("firstName.after", "B" + i);
            List<StoredEvent> added = EventChain.append(head, List.of(e), T0.plusSeconds(i * 60L), RETENTION,
                    () -> "salt" + salts.incrementAndGet());
            all.addAll(added);
            head = EventChain.headAfter(head, added);
        }
        return all;
    }

    private static ChainHead headOf(List<StoredEvent> events) {
        return EventChain.headAfter(ChainHead.GENESIS, events);
    }

    private static StoredEvent with(StoredEvent e, Event changed) {
        return new StoredEvent(e.seq(), e.at(), changed, e.prevHash(), e.prevAt(), e.personalDigest(), e.salt(),
                e.hash(), e.purgeAt());
    }

    @Test
    void appending_numbersFromTheHead_linksHashes_andKeepsTimeInOrder() {
        List<StoredEvent> events = chain(3);
        assertEquals(List.of(1L, 2L, 3L), events.stream().map(StoredEvent::seq).toList());
        assertEquals(ChainHead.ZERO, events.get(0).prevHash());
        assertEquals(events.get(0).hash(), events.get(1).prevHash());
        assertEquals(Instant.parse("2026-03-01T10:00:00.123Z"), events.get(0).at(), "milliseconds are kept");
        assertTrue(events.get(2).hash().matches("[0-9a-f]{64}"));
        ChainHead ahead = new ChainHead(3, events.get(2).hash(), T0.plusSeconds(3600));
        StoredEvent late = EventChain.append(ahead, List.of(events.get(0).event()), T0, RETENTION, () -> "s").getFirst();
        assertEquals(ahead.at(), late.at(), "never earlier than the head, whatever this machine's clock says");
        assertEquals(late.at().plus(RETENTION), late.purgeAt());
    }

    @Test
    void anIntactChain_verifies_andReportsItsHead() {
        List<StoredEvent> events = chain(5);
        Verification v = Verification.of(events, headOf(events), T0.plusSeconds(3600), RETENTION);
        assertTrue(v.valid());
        assertEquals(5, v.events());
        assertEquals(events.getLast().hash(), v.head());
        assertEquals(OptionalLong.empty(), v.firstBrokenSeq());
    }

    @Test
    void aChangedEvent_isTheFirstBrokenSeq_whateverPartWasChanged() {
        List<StoredEvent> events = chain(5);
        StoredEvent third = events.get(2);
        Event e = third.event();
        List<Event> tampered = List.of(
                new Event(EventType.LOGOUT, e.actor(), e.subject(), e.outcome(), e.reason(), e.ip(), e.browser(),
                        e.requestId(), e.details()),
                new Event(e.type(), "someone-else", e.subject(), e.outcome(), e.reason(), e.ip(), e.browser(),
                        e.requestId(), e.details()),
                new Event(e.type(), e.actor(), e.subject(), Outcome.FAILURE, Optional.of("x"), e.ip(), e.browser(),
                        e.requestId(), e.details()),
                new Event(e.type(), e.actor(), e.subject(), e.outcome(), e.reason(), "198.51.100.9", e.browser(),
                        e.requestId(), e.details()),
                e.with("firstName.after", "Mallory"));
        for (Event changed : tampered) {
            List<StoredEvent> copy = new ArrayList<>(events);
            copy.set(2, with(third, changed));
            Verification v = Verification.of(copy, headOf(events), T0.plusSeconds(3600), RETENTION);
            assertFalse(v.valid(), changed.toString());
            assertEquals(OptionalLong.of(3), v.firstBrokenSeq(), changed.toString());
        }
    }

    @Test
    void aDeletedEvent_orACutTail_isFound() {
        List<StoredEvent> events = chain(5);
        List<StoredEvent> hole = new ArrayList<>(events);
        hole.remove(1);
        assertEquals(OptionalLong.of(2), Verification.of(hole, headOf(events), T0, RETENTION).firstBrokenSeq());
        List<StoredEvent> cut = events.subList(0, 4);
        assertEquals(OptionalLong.of(5), Verification.of(cut, headOf(events), T0, RETENTION).firstBrokenSeq(),
                "the head kept with the user says there were five");
        List<StoredEvent> firstGone = events.subList(1, 5);
        assertEquals(OptionalLong.of(1), Verification.of(firstGone, headOf(events), T0, RETENTION).firstBrokenSeq(),
                "an event that retention should still keep is missing");
        assertTrue(Verification.of(firstGone, headOf(events), T0.plus(RETENTION).plusSeconds(60), RETENTION).valid(),
                "once the first event is past retention, its absence is the purge");
    }

    @Test
    void aGapThatRetentionExplains_isAPurge_anywhereInTheChain() {
        List<StoredEvent> events = chain(5);
        List<StoredEvent> gap = new ArrayList<>(events);
        gap.remove(2);
        assertFalse(Verification.of(gap, headOf(events), T0.plusSeconds(3600), RETENTION).valid());
        assertTrue(Verification.of(gap, headOf(events), T0.plus(RETENTION).plusSeconds(600), RETENTION).valid(),
                "TTL purges in no set order");
    }

    @Test
    void pseudonymisingPersonalData_keepsTheChainValid_butAChangeOfKeptDataIsStillSeen() {
        List<StoredEvent> events = chain(3);
        StoredEvent second = events.get(1);
        Event e = second.event();
        Event pseudonymised = new Event(e.type(), e.actor(), e.subject(), e.outcome(), e.reason(),
                EventChain.PSEUDONYMISED, EventChain.PSEUDONYMISED, e.requestId(), Map.of());
        List<StoredEvent> copy = new ArrayList<>(events);
        copy.set(1, new StoredEvent(second.seq(), second.at(), pseudonymised, second.prevHash(), second.prevAt(),
                second.personalDigest(), Optional.empty(), second.hash(), second.purgeAt()));
        assertTrue(Verification.of(copy, headOf(events), T0, RETENTION).valid());
        assertEquals(OptionalLong.of(2), Verification.of(copy, headOf(events), T0, RETENTION, false).firstBrokenSeq(),
                "in a live user's chain, personal data erased is an erasure");
        Event forged = new Event(e.type(), e.actor(), e.subject(), e.outcome(), e.reason(), "198.51.100.66",
                "Firefox on Windows", e.requestId(), Map.of("note", "forged"));
        copy.set(1, new StoredEvent(second.seq(), second.at(), forged, second.prevHash(), second.prevAt(),
                second.personalDigest(), Optional.empty(), second.hash(), second.purgeAt()));
        assertEquals(OptionalLong.of(2), Verification.of(copy, headOf(events), T0, RETENTION).firstBrokenSeq(),
                "dropping the salt does not pass off other personal data");
        assertNotEquals(EventChain.personalDigest("salt1", e), EventChain.personalDigest("salt2", e),
                "salted: the digest of an address cannot be found by trying addresses");
    }
}
