package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.optStr;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.DeliveryLedger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The outbox's deliveries in the auth table: written by transactions ({@code PutItem} only: no function
 * batch-writes), each change of state one conditional {@code UpdateItem}.
 */
public final class DynamoDeliveryLedger implements DeliveryLedger {

    /** The most items one transaction may write. */
    private static final int BATCH = 100;
    private static final Map<String, String> NAMES = Map.of("#state", DeliveryItems.STATE,
            "#sealed", DeliveryItems.SEALED);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDeliveryLedger(DynamoDbClient dynamo, String authTable) {
        this.dynamo = dynamo;
        this.table = authTable;
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        for (int from = 0; from < deliveries.size(); from += BATCH) {
            Transactions.write(dynamo, DeliveryItems.puts(table, deliveries.subList(from,
                    Math.min(deliveries.size(), from + BATCH)))).ifPresent(reasons -> {
                        throw new IllegalStateException("a delivery id was used twice");
                    });
        }
    }

    @Override
    public Claim claim(String id, Instant now) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(DeliveryItems.key(id))
                    .updateExpression("SET #state = :sending, claimedAt = :now")
                    .conditionExpression("attribute_exists(pk) AND attribute_not_exists(#state)")
                    .expressionAttributeNames(Map.of("#state", DeliveryItems.STATE))
                    .expressionAttributeValues(Map.of(":sending", s("sending"), ":now", time(now)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Claim.CLAIMED;
        } catch (ConditionalCheckFailedException taken) {
            Map<String, AttributeValue> old = taken.hasItem() ? taken.item() : Map.of();
            return optStr(old, DeliveryItems.STATE).filter("failed"::equals).isPresent() ? Claim.FAILED : Claim.TAKEN;
        }
    }

    @Override
    public void sent(String id, Instant now) {
        dynamo.updateItem(r -> r.tableName(table).key(DeliveryItems.key(id))
                .updateExpression("SET #state = :sent, sentAt = :now REMOVE #sealed")
                .expressionAttributeNames(NAMES)
                .expressionAttributeValues(Map.of(":sent", s("sent"), ":now", time(now))));
    }

    @Override
    public void release(String id) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(DeliveryItems.key(id))
                    .updateExpression("REMOVE #state").conditionExpression("#state = :sending")
                    .expressionAttributeNames(Map.of("#state", DeliveryItems.STATE))
                    .expressionAttributeValues(Map.of(":sending", s("sending"))));
        } catch (ConditionalCheckFailedException notOurs) {
            // it was not this run's any more: nothing to put back
        }
    }

    @Override
    public void failed(String id, String reason, Instant now) {
        dynamo.updateItem(r -> r.tableName(table).key(DeliveryItems.key(id))
                .updateExpression("SET #state = :failed, failedAt = :now, failReason = :reason REMOVE #sealed")
                .expressionAttributeNames(NAMES)
                .expressionAttributeValues(Map.of(":failed", s("failed"), ":now", time(now), ":reason", s(reason))));
    }
}
