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

    /** Counts one hit in every window, or none: the index of the first full one, or -1. */
    public synchronized int tryAcquireAll(java.util.List<RateWindow> windows) {
        for (int i = 0; i < windows.size(); i++) {
            if (hits.getOrDefault(windows.get(i).key(), 0) >= windows.get(i).limit()) {
                return i;
            }
        }
        windows.forEach(this::tryAcquire);
        return -1;
    }
}
