package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The conditional increment of a rate window's counter, alone or inside a transaction. */
final class RateCounter {

    private static final String EXPRESSION = "ADD hits :one SET " + Tables.PURGE_AT + " = if_not_exists("
            + Tables.PURGE_AT + ", :purge)";
    private static final String CONDITION = "attribute_not_exists(hits) OR hits < :limit";

    private RateCounter() {
    }

    static Update update(String table, RateWindow window) {
        return Update.builder().tableName(table).key(key(window)).updateExpression(EXPRESSION)
                .conditionExpression(CONDITION).expressionAttributeValues(values(window)).build();
    }

    static UpdateItemRequest request(String table, RateWindow window) {
        return UpdateItemRequest.builder().tableName(table).key(key(window)).updateExpression(EXPRESSION)
                .conditionExpression(CONDITION).expressionAttributeValues(values(window)).build();
    }

    private static Map<String, AttributeValue> key(RateWindow window) {
        return Map.of("pk", s("RATE#" + window.key()));
    }

    private static Map<String, AttributeValue> values(RateWindow window) {
        return Map.of(":one", n(1), ":limit", n(window.limit()), ":purge", time(window.endsAt()));
    }
}
