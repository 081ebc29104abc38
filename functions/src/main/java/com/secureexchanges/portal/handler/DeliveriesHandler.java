package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Dispatcher;
import com.secureexchanges.portal.wiring.Portal;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries function: the auth table's stream (new deliveries only, by the event source's filter)
 * hands it batches; each delivery is sent at most once by the {@link Dispatcher}. A delivery to try again
 * or given up is reported as a batch item failure: the stream hands it over again (the others of the
 * batch are not held back: those already sent are not sent twice), and after its last try Lambda sends
 * the batch's record to the dead-letter queue. Its Lambda constructor registers the function's SnapStart
 * priming ({@link DeliveriesPriming}).
 */
public final class DeliveriesHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final System.Logger LOG = System.getLogger(DeliveriesHandler.class.getName());

    private final Dispatcher dispatcher;

    public DeliveriesHandler() {
        this(Portal.production());
        DeliveriesPriming.register(Portal.production());
    }

    public DeliveriesHandler(Portal portal) {
        this.dispatcher = portal.dispatcher();
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            Optional<Delivery> delivery = StreamImages.delivery(record);
            if (delivery.isEmpty()) {
                continue;
            }
            if (!delivered(delivery.get())) {
                failures.add(StreamsEventResponse.BatchItemFailure.builder()
                        .withItemIdentifier(record.getDynamodb().getSequenceNumber()).build());
            }
        }
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }

    private boolean delivered(Delivery delivery) {
        try {
            return switch (dispatcher.deliver(delivery)) {
                case SENT, ALREADY_DONE -> true;
                case RETRY, FAILED -> false;
            };
        } catch (RuntimeException unavailable) {
            // DynamoDB itself failing (the claim, the mark): the stream hands it over again
            LOG.log(Level.ERROR, "delivery {0}: {1}", delivery.id(), unavailable.getClass().getName());
            return false;
        }
    }
}
