package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.util.HashMap;
import java.util.Map;

/** Rate windows in a map. */
public final class InMemoryRateLimiter implements RateLimiter {

    private final Map<String, Integer> hits = new HashMap<>();

    @Override
    public synchronized boolean tryAcquire(RateWindow window) {
        int count = hits.getOrDefault(window.key(), 0);
        if (count >= window.limit()) {
            return false;
        }
        hits.put(window.key(), count + 1);
        return true;
    }
}
