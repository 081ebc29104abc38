package com.secureexchanges.portal.core.delivery;

import java.util.List;

/**
 * New deliveries, in the order they were written, each once: the table's stream read by the local
 * portal (and by tests), or memory. In AWS the stream invokes the deliveries function instead.
 */
public interface DeliveryFeed {

    /** The deliveries written since the last call (empty when none). */
    List<Delivery> next();
}
