package com.secureexchanges.portal.core.delivery;

import java.time.Instant;
import java.util.List;

/**
 * Where deliveries wait and what became of each. Every change of state is a conditional write, so a
 * delivery is sent at most once even when the stream hands it over twice or two runs race for it.
 */
public interface DeliveryLedger {

    /** What {@link #claim} found. */
    enum Claim {
        /** It was waiting and is now this run's to send. */
        CLAIMED,
        /** Already sent, or being sent by another run: nothing to do. */
        TAKEN,
        /** Given up before (it could not be read, or its provider refused it for good). */
        FAILED
    }

    /**
     * Writes deliveries decided by a write that is already done (notices that follow a change), in as
     * few round trips as the store allows.
     */
    void enqueue(List<Delivery> deliveries);

    /** Takes the delivery for this run, if it is still waiting. */
    Claim claim(String id, Instant now);

    /** Records it as sent (after the provider accepted it). */
    void sent(String id, Instant now);

    /** Puts it back to waiting, so that a later run may try again. */
    void release(String id);

    /** Gives it up for good, with a reason that holds nothing of its content. */
    void failed(String id, String reason, Instant now);
}
