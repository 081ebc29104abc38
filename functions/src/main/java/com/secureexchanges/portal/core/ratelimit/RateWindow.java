package com.secureexchanges.portal.core.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * One fixed window of a counter: at most {@code limit} hits under {@code key} until {@code endsAt}.
 *
 * @param key   scope, hashed subject and window start; never a raw address or IP
 * @param limit the most hits the window allows
 * @param endsAt when the window closes (its record can be purged then)
 */
public record RateWindow(String key, int limit, Instant endsAt) {

    /** The window of length {@code length} that contains {@code now}. */
    public static RateWindow fixed(String scope, String subjectHash, int limit, Duration length, Instant now) {
        long size = length.toSeconds();
        long start = Math.floorDiv(now.getEpochSecond(), size) * size;
        return new RateWindow(scope + "#" + subjectHash + "#" + start, limit, Instant.ofEpochSecond(start + size));
    }
}
