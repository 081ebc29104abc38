package com.secureexchanges.portal.core.audit;

import com.secureexchanges.portal.core.delivery.Delivery;
import java.util.ArrayList;
import java.util.List;

/**
 * Events ready to be written into one user's chain, in the same atomic write as the decision they
 * record: stores put {@code events} (each only if its number is free) and move the head kept with
 * the user and their address from {@code expected} to {@code next} (only if it is still
 * {@code expected}; otherwise they throw {@link HeadMoved} and write nothing). With them, stores put the
 * {@code deliveries}: the messages the decision sends (the outbox), so that a message goes out exactly
 * when its decision and its events are written.
 */
public record Appendix(ChainRef chain, ChainHead expected, List<StoredEvent> events, ChainHead next,
                       List<Delivery> deliveries) {

    public Appendix {
        events = List.copyOf(events);
        deliveries = List.copyOf(deliveries);
    }

    public Appendix(ChainRef chain, ChainHead expected, List<StoredEvent> events, ChainHead next) {
        this(chain, expected, events, next, List.of());
    }

    /** Nothing to record: the chain stays where a new user's starts. */
    public static Appendix none(ChainRef chain) {
        return new Appendix(chain, ChainHead.GENESIS, List.of(), ChainHead.GENESIS);
    }

    /** The same events, sending {@code more} messages with them. */
    public Appendix sending(List<Delivery> more) {
        List<Delivery> all = new ArrayList<>(deliveries);
        all.addAll(more);
        return new Appendix(chain, expected, events, next, all);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
