package com.secureexchanges.portal.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hash chain of one user's events (SPEC E4): pure functions, no storage. Every field is written
 * into the hashed text with its length first, so no two events share a canonical form.
 */
public final class EventChain {

    /** Times in events: UTC, always with milliseconds, so that text order is time order. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String VERSION = "v1";
    /** The value that replaces personal data when a deleted user's events are pseudonymised (SPEC U3). */
    public static final String PSEUDONYMISED = "-";

    private EventChain() {
    }

    /**
     * Chains {@code events} after {@code head}: numbers {@code head.seq + 1…}, times never earlier than
     * the head's (clocks of two machines may differ), a fresh salt each.
     */
    public static List<StoredEvent> append(ChainHead head, List<Event> events, Instant now, Duration retention,
                                           Supplier<String> salts) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        if (at.isBefore(head.at())) {
            at = head.at();
        }
        List<StoredEvent> out = new ArrayList<>();
        ChainHead previous = head;
        for (Event event : events) {
            String salt = salts.get();
            String digest = personalDigest(salt, event);
            long seq = previous.seq() + 1;
            String hash = hash(previous.hash(), canonical(seq, at, event, previous.at(), digest));
            out.add(new StoredEvent(seq, at, event, previous.hash(), previous.at(), digest, Optional.of(salt), hash,
                    at.plus(retention)));
            previous = new ChainHead(seq, hash, at);
        }
        return List.copyOf(out);
    }

    /** The head after {@code events}, or {@code head} when there are none. */
    public static ChainHead headAfter(ChainHead head, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return head;
        }
        StoredEvent last = events.getLast();
        return new ChainHead(last.seq(), last.hash(), last.at());
    }

    /** Whether the stored event's hash is the hash of what it holds (not whether it follows its predecessor). */
    public static boolean hashHolds(StoredEvent e) {
        return e.hash().equals(hash(e.prevHash(), canonical(e.seq(), e.at(), e.event(), e.prevAt(),
                e.personalDigest())));
    }

    /**
     * Whether the personal data still matches its digest. Once pseudonymised (no salt), the personal
     * data must be gone too: a salt removed to pass off other values is caught.
     */
    public static boolean personalDataHolds(StoredEvent e) {
        return e.salt().map(salt -> personalDigest(salt, e.event()).equals(e.personalDigest()))
                .orElseGet(() -> isPseudonymised(e.event()));
    }

    /** What pseudonymisation leaves of an event's personal data: nothing. */
    public static boolean isPseudonymised(Event e) {
        return e.ip().equals(PSEUDONYMISED) && e.browser().equals(PSEUDONYMISED) && e.details().isEmpty();
    }

    static String canonical(long seq, Instant at, Event e, Instant prevAt, String digest) {
        StringBuilder text = new StringBuilder(VERSION);
        for (String field : List.of(Long.toString(seq), TIME.format(at), e.type().id(), e.actor(), e.subject(),
                e.outcome().id(), e.reason().orElse(""), e.requestId(), TIME.format(prevAt), digest)) {
            text.append('|').append(field.length()).append(':').append(field);
        }
        return text.toString();
    }

    static String personalDigest(String salt, Event e) {
        StringBuilder text = new StringBuilder(salt);
        text.append('|').append(e.ip().length()).append(':').append(e.ip());
        text.append('|').append(e.browser().length()).append(':').append(e.browser());
        for (Map.Entry<String, String> d : e.details().entrySet()) {
            text.append('|').append(d.getKey().length()).append(':').append(d.getKey())
                    .append('=').append(d.getValue().length()).append(':').append(d.getValue());
        }
        return sha256(text.toString());
    }

    static String hash(String prevHash, String canonical) {
        return sha256(prevHash + "\n" + canonical);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
