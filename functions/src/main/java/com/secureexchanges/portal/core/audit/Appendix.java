package com.secureexchanges.portal.core.audit;

import java.util.List;

/**
 * Events ready to be written into one user's chain, in the same atomic write as the decision they
 * record: stores put {@code events} (each only if its number is free) and move the head kept with
 * the user and their address from {@code expected} to {@code next} (only if it is still
 * {@code expected}; otherwise they throw {@link HeadMoved} and write nothing).
 */
public record Appendix(ChainRef chain, ChainHead expected, List<StoredEvent> events, ChainHead next) {

    public Appendix {
        events = List.copyOf(events);
    }

    /** Nothing to record: the chain stays where a new user's starts. */
    public static Appendix none(ChainRef chain) {
        return new Appendix(chain, ChainHead.GENESIS, List.of(), ChainHead.GENESIS);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
