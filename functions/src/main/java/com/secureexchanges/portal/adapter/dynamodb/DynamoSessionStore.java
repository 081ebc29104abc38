package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Sessions in the sessions table (see {@link SessionItems}). */
public final class DynamoSessionStore implements SessionStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSessionStore(DynamoDbClient dynamo, String sessionsTable) {
        this.dynamo = dynamo;
        this.table = sessionsTable;
    }

    @Override
    public Optional<Session> touch(String idHash, Instant now, Instant idleCutoff) {
        try {
            var out = dynamo.updateItem(r -> r.tableName(table).key(Map.of("pk", s(idHash)))
                    .updateExpression("SET lastSeenAt = :now")
                    .conditionExpression("attribute_exists(pk) AND lastSeenAt > :idle AND absoluteExpiry > :now")
                    .expressionAttributeValues(Map.of(":now", time(now), ":idle", time(idleCutoff)))
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(SessionItems.toSession(out.attributes()));
        } catch (ConditionalCheckFailedException deadOrUnknown) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String idHash) {
        dynamo.deleteItem(r -> r.tableName(table).key(Map.of("pk", s(idHash))));
    }

    @Override
    public List<Session> listByUser(String userId) {
        return dynamo.queryPaginator(r -> r.tableName(table).indexName(SessionItems.BY_USER)
                        .keyConditionExpression("userId = :u").expressionAttributeValues(Map.of(":u", s(userId)))
                        .scanIndexForward(false))
                .items().stream().limit(100).map(SessionItems::toSession).toList();
    }
}
