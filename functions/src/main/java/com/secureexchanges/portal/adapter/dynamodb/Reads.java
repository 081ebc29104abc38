package com.secureexchanges.portal.adapter.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Strongly consistent batch reads, retried for the keys DynamoDB leaves unprocessed. */
final class Reads {

    private static final int RETRIES = 3;

    private Reads() {
    }

    /** The items found under {@code keys} of one table, in no particular order. */
    static List<Map<String, AttributeValue>> batch(DynamoDbClient dynamo, String table,
                                                   List<Map<String, AttributeValue>> keys) {
        return batch(dynamo, Map.of(table, keys)).getOrDefault(table, List.of());
    }

    /** The items found under the keys of each table, by table. */
    static Map<String, List<Map<String, AttributeValue>>> batch(DynamoDbClient dynamo,
                                                               Map<String, List<Map<String, AttributeValue>>> keys) {
        Map<String, KeysAndAttributes> wanted = new HashMap<>();
        keys.forEach((table, k) -> wanted.put(table, KeysAndAttributes.builder().keys(k).consistentRead(true).build()));
        Map<String, List<Map<String, AttributeValue>>> found = new HashMap<>();
        Map<String, KeysAndAttributes> left = wanted;
        for (int i = 0; i <= RETRIES && !left.isEmpty(); i++) {
            final Map<String, KeysAndAttributes> request = left;
            var out = dynamo.batchGetItem(r -> r.requestItems(request));
            out.responses().forEach((table, items) -> found.computeIfAbsent(table, t -> new ArrayList<>()).addAll(items));
            left = out.unprocessedKeys();
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException("DynamoDB left keys unprocessed after retries");
        }
        return found;
    }
}
