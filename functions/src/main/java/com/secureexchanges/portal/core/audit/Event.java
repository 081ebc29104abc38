package com.secureexchanges.portal.core.audit;

import com.secureexchanges.portal.core.model.ClientInfo;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One decision, before it is chained (SPEC E1). Never holds a token, a code, a cookie or a link.
 *
 * @param actor   the user id who acted, or {@link #ANONYMOUS} for someone not signed in
 * @param subject the user id the event is about; it goes into that user's chain
 * @param reason  an error id, for failures and refusals
 * @param details a small map: values set, or {@code x.before}/{@code x.after} for changes
 */
public record Event(EventType type, String actor, String subject, Outcome outcome, Optional<String> reason,
                    String ip, String browser, String requestId, Map<String, String> details) {

    public static final String ANONYMOUS = "anonymous";
    public static final int MAX_DETAILS = 20;
    public static final int MAX_VALUE = 200;

    public Event {
        Objects.requireNonNull(type);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(outcome);
        if (details.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("too many details");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        details.forEach((k, v) -> sorted.put(k, v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v));
        details = Collections.unmodifiableSortedMap(sorted);
    }

    /** An event the subject caused themselves (or, signed out, someone using their address or link). */
    public static Event of(EventType type, String actor, String subject, ClientInfo client) {
        return new Event(type, actor, subject, Outcome.SUCCESS, Optional.empty(), client.ip(),
                client.browserDescription(), client.requestId(), Map.of());
    }

    public Event failed(String reasonId) {
        return new Event(type, actor, subject, Outcome.FAILURE, Optional.of(reasonId), ip, browser, requestId, details);
    }

    public Event with(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(details);
        all.putAll(more);
        return new Event(type, actor, subject, outcome, reason, ip, browser, requestId, all);
    }

    public Event with(String key, String value) {
        return with(Map.of(key, value));
    }
}
