package com.secureexchanges.portal.core.port;

import java.util.Map;

/**
 * Counts what the portal does, for the operator's dashboard and alarms (SPEC X6). It takes only
 * {@link Metric}s and counts, so no address, token, code or number can reach it. Thread-safe; never
 * throws. Each call is one record (one log line in the embedded metric format).
 */
public interface Metrics {

    /** Counts that belong to one event, recorded together; zeros are recorded too. */
    void record(Map<Metric, Integer> counts);

    /** One occurrence of {@code metric}. */
    default void count(Metric metric) {
        record(Map.of(metric, 1));
    }

    /**
     * A sign-in request answered: one record whether or not a link was sent, so that an address with
     * an account costs the same work to answer as one without.
     */
    default void loginRequest(boolean linkSent) {
        record(Map.of(Metric.LOGIN_REQUESTS, 1, Metric.LINKS_SENT, linkSent ? 1 : 0));
    }

    /** A delivery the provider refused or could not take, on {@code channel}'s own metric as well. */
    default void deliveryFailed(Metric channel) {
        record(Map.of(Metric.DELIVERIES_FAILED, 1, channel, 1));
    }
}
