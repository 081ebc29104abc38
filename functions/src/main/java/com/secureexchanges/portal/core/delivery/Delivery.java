package com.secureexchanges.portal.core.delivery;

import java.time.Instant;
import java.util.Arrays;

/**
 * A message waiting to be sent (the transactional outbox): written in the same atomic write as the
 * decision that sends it, read by the deliveries function from the table's stream. Its content is
 * sealed ({@link com.secureexchanges.portal.core.port.Seal}): the link or the code it carries is never
 * stored in clear.
 *
 * @param id      random, unique: the key of its item and of "sent at most once"
 * @param channel whether it is an email or an SMS (the only thing said in clear, for metrics and logs)
 */
public record Delivery(String id, Channel channel, byte[] sealed, Instant createdAt) {

    public enum Channel { EMAIL, SMS }

    public Delivery {
        sealed = sealed.clone();
    }

    @Override
    public byte[] sealed() {
        return sealed.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Delivery d && d.id.equals(id) && d.channel == channel && Arrays.equals(d.sealed, sealed)
                && d.createdAt.equals(createdAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Delivery[" + id + ", " + channel + "]";
    }
}
