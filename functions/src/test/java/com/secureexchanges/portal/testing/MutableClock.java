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
     * A clock at 10:00 UTC tomorrow. Tests against DynamoDB Local need a time ahead of the real one:
     * the engine's TTL sweeper runs on real time and would purge items whose expiry lies in the past.
     * Starting at 10:00 keeps day windows (SMS per number per day) far from midnight.
     */
    public static MutableClock aheadOfNow() {
        return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plus(Duration.ofHours(34)));
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
