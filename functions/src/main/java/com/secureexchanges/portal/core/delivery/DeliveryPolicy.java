package com.secureexchanges.portal.core.delivery;

import java.time.Duration;

/**
 * How hard a run tries: {@code attempts} sends, waiting {@code firstPause} then twice as long before
 * each next one (throttling and the provider's failures pass in seconds); what still fails is left for
 * the stream to hand over again, {@code handovers} times, and then goes to the dead letters.
 */
public record DeliveryPolicy(int attempts, Duration firstPause, int handovers) {

    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(3, Duration.ofMillis(200), 3);

    public DeliveryPolicy {
        if (attempts < 1 || handovers < 1 || firstPause.isNegative()) {
            throw new IllegalArgumentException("a delivery is tried at least once");
        }
    }

    Duration pauseBefore(int attempt) {
        return firstPause.multipliedBy(1L << Math.min(attempt - 2, 10));
    }
}
