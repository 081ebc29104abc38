package com.secureexchanges.portal.core.audit;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.port.TokenGenerator;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Chains events for the write that records them. The head a writer believes current usually comes
 * with what it read anyway (the user, the claim, the link, the challenge), so recording costs no
 * extra read; when another decision got in first, the store says where the head is and the events
 * are chained again.
 */
public final class Journal {

    private static final int ATTEMPTS = 8;

    private final Clock clock;
    private final TokenGenerator tokens;
    private final AuditPolicy policy;
    private final EventStore store;

    public Journal(Clock clock, TokenGenerator tokens, AuditPolicy policy, EventStore store) {
        this.clock = clock;
        this.tokens = tokens;
        this.policy = policy;
        this.store = store;
    }

    /** The events chained after {@code head}, not yet written. */
    public Appendix prepare(ChainRef chain, ChainHead head, List<Event> events) {
        List<StoredEvent> stored = EventChain.append(head, events, clock.instant(), policy.retention(), tokens::id);
        return new Appendix(chain, head, stored, EventChain.headAfter(head, stored));
    }

    /**
     * Runs {@code write} with the events chained after {@code believed}; when it throws
     * {@link HeadMoved}, chains them after the actual head and runs it again. (Strangers can move a
     * head only a few times an hour, see {@code LoginService}; eight attempts outlast that.)
     *
     * @throws Conflict when the head keeps moving (someone is writing to this chain without pause)
     */
    public <T> T record(ChainRef chain, ChainHead believed, List<Event> events, Function<Appendix, T> write) {
        return record(chain, believed, events, List.of(), write);
    }

    /** {@link #record(ChainRef, ChainHead, List, Function)}, the write also sending {@code deliveries}. */
    public <T> T record(ChainRef chain, ChainHead believed, List<Event> events, List<Delivery> deliveries,
                        Function<Appendix, T> write) {
        ChainHead head = believed;
        for (int attempt = 1; ; attempt++) {
            try {
                return write.apply(prepare(chain, head, events).sending(deliveries));
            } catch (HeadMoved moved) {
                if (attempt >= ATTEMPTS) {
                    throw Conflict.concurrentChange();
                }
                head = moved.actual();
            }
        }
    }

    /**
     * {@link #record(ChainRef, ChainHead, List, Function)} tried once: a moved head is a {@link Conflict} at
     * once. For a write whose time must not depend on whose chain it is (a sign-in request: an address
     * without an account has no chain to retry on, see {@code LoginService}).
     */
    public <T> T recordOnce(ChainRef chain, ChainHead believed, List<Event> events, Function<Appendix, T> write) {
        try {
            return write.apply(prepare(chain, believed, events));
        } catch (HeadMoved moved) {
            throw Conflict.concurrentChange();
        }
    }

    /**
     * Records events that go with no other write (a refusal, an export).
     *
     * @throws Conflict when the head keeps moving
     */
    public void recordAlone(ChainRef chain, ChainHead believed, List<Event> events) {
        record(chain, believed, events, appendix -> {
            store.append(appendix);
            return appendix;
        });
    }

    public AuditPolicy policy() {
        return policy;
    }
}
