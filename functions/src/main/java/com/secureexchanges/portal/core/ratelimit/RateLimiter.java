package com.secureexchanges.portal.core.ratelimit;

/** Counts hits per window atomically (a conditional increment). Thread-safe. */
public interface RateLimiter {

    /** Counts one hit; false, and nothing counted, when the window is already full. */
    boolean tryAcquire(RateWindow window);
}
