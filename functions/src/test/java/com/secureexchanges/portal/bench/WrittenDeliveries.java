package com.secureexchanges.portal.bench;

import com.secureexchanges.portal.adapter.dynamodb.DeliveryItems;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.DeliveryFeed;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.Put;
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
        List<Put> puts = new ArrayList<>();
        if (context.request() instanceof TransactWriteItemsRequest transaction) {
            transaction.transactItems().stream().map(TransactWriteItem::put).filter(p -> p != null).forEach(puts::add);
        } else if (context.request() instanceof PutItemRequest put) {
            puts.add(Put.builder().tableName(put.tableName()).item(put.item()).build());
        }
        synchronized (this) {
            puts.forEach(put -> DeliveryItems.fromImage(put.item()).ifPresent(written::add));
        }
    }

    @Override
    public synchronized List<Delivery> next() {
        List<Delivery> found = List.copyOf(written);
        written.clear();
        return found;
    }
}
