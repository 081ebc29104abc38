package com.secureexchanges.portal.core.delivery;

import com.secureexchanges.portal.core.port.OutgoingMessage;
import com.secureexchanges.portal.core.port.Seal;
import com.secureexchanges.portal.core.port.TokenGenerator;
import java.time.Clock;
import java.util.List;

/**
 * Where requests hand their messages: each is sealed into a {@link Delivery} that the request writes
 * with its decision ({@link #wrap}), or, for notices that follow a decision already written, on its own
 * ({@link #post}). No request calls a mail or SMS provider: the time of an answer does not depend on
 * whether a message went out, and a provider's failure is retried by the deliveries function.
 */
public final class Mailroom {

    private final Seal seal;
    private final TokenGenerator tokens;
    private final Clock clock;
    private final DeliveryLedger ledger;

    public Mailroom(Seal seal, TokenGenerator tokens, Clock clock, DeliveryLedger ledger) {
        this.seal = seal;
        this.tokens = tokens;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** The message sealed, ready to be written with the decision that sends it. */
    public Delivery wrap(OutgoingMessage message) {
        return new Delivery(tokens.id(), MessageCodec.channel(message), seal.seal(MessageCodec.encode(message)),
                clock.instant());
    }

    public List<Delivery> wrap(List<? extends OutgoingMessage> messages) {
        return messages.stream().map(this::wrap).toList();
    }

    /** Writes messages that follow a decision already written (one round trip for up to 100). */
    public void post(List<? extends OutgoingMessage> messages) {
        if (!messages.isEmpty()) {
            ledger.enqueue(wrap(messages));
        }
    }

    public void post(OutgoingMessage message) {
        post(List.of(message));
    }
}
