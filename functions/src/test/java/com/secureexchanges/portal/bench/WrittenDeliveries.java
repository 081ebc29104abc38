package com.secureexchanges.portal.bench;

import com.secureexchanges.portal.adapter.dynamodb.DeliveryItems;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.DeliveryFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The deliveries the client has written, taken from its successful writes instead of the table's stream: what
 * the stream would carry, without reading DynamoDB Local's stream, whose reads slow it down over a long
 * benchmark (every write of the auth table is a record there; in AWS the stream is the service's work, not a
 * request's).
 */
final class WrittenDeliveries implements ExecutionInterceptor, DeliveryFeed {

    private final List<Delivery> written = new ArrayList<>();

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        if (context.request() instanceof TransactWriteItemsRequest transaction) {
            transaction.transactItems().stream().map(TransactWriteItem::put).filter(Objects::nonNull)
                    .forEach(put -> items.add(put.item()));
        } else if (context.request() instanceof PutItemRequest put) {
            items.add(put.item());
        }
        synchronized (this) {
            items.forEach(item -> DeliveryItems.fromImage(item).ifPresent(written::add));
        }
    }

    @Override
    public synchronized List<Delivery> next() {
        List<Delivery> found = List.copyOf(written);
        written.clear();
        return found;
    }
}
