package com.secureexchanges.portal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, to check expiry to the second. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public static MutableClock at(String isoInstant) {
        return new MutableClock(Instant.parse(isoInstant));
    }

    /**
     * A clock starting at the current minute. Tests against DynamoDB Local need it: the engine's TTL
     * sweeper runs on real time and would purge items whose expiry lies in the past.
     */
    public static MutableClock fromNow() {
        return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
