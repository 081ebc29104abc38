package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.core.ratelimit.RateLimiter;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Rate windows as counters in the auth table, one conditional update per hit. */
public final class DynamoRateLimiter implements RateLimiter {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoRateLimiter(DynamoDbClient dynamo, String authTable) {
        this.dynamo = dynamo;
        this.table = authTable;
    }

    @Override
    public boolean tryAcquire(RateWindow window) {
        try {
            dynamo.updateItem(RateCounter.request(table, window));
            return true;
        } catch (ConditionalCheckFailedException full) {
            return false;
        }
    }
}
