package com.secureexchanges.portal.adapter.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.Put;
import com.secureexchanges.portal.core.session.SessionCut;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.session.SessionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Sessions in the sessions table (see {@link SessionItems}). */
public final class DynamoSessionStore implements SessionStore {

    private static final int TRANSACTION_ITEMS = 100;

    private final DynamoDbClient dynamo;
    private final TableNames tables;
    private final String table;

    public DynamoSessionStore(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
        this.table = tables.sessions();
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
    public void create(Session session) {
        dynamo.putItem(r -> r.tableName(table).item(SessionItems.item(session))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public void delete(String idHash) {
        dynamo.deleteItem(r -> r.tableName(table).key(Map.of("pk", s(idHash))));
    }

    @Override
    public List<Session> listByUser(UserKey user) {
        return dynamo.queryPaginator(r -> r.tableName(table).indexName(SessionItems.BY_USER)
                        .keyConditionExpression("userId = :u").filterExpression("accountId = :a")
                        .expressionAttributeValues(Map.of(":u", s(user.userId()), ":a", s(user.accountId())))
                        .scanIndexForward(false))
                .items().stream().map(SessionItems::toSession).toList();
    }

    @Override
    public void cut(UserKey user, SessionCut cut) {
        dynamo.putItem(r -> r.tableName(tables.directory()).item(SessionItems.cutItem(user, cut)));
    }

    @Override
    public void revoke(UserKey user, Optional<SessionCut> cut, List<Session> sessions, Appendix journal) {
        List<TransactWriteItem> deletes = sessions.stream().map(s -> TransactWriteItem.builder().delete(Delete.builder()
                .tableName(table).key(Map.of("pk", s(s.idHash()))).build()).build()).toList();
        int batch = TRANSACTION_ITEMS - 1 - DynamoEventStore.record(tables, journal).size();
        int from = 0;
        while (deletes.size() - from > batch) {
            List<TransactWriteItem> part = deletes.subList(from, from + batch);
            Transactions.write(dynamo, part);
            from += batch;
        }
        List<TransactWriteItem> last = new ArrayList<>(deletes.subList(from, deletes.size()));
        cut.ifPresent(c -> last.add(TransactWriteItem.builder().put(Put.builder().tableName(tables.directory())
                .item(SessionItems.cutItem(user, c)).build()).build()));
        last.addAll(DynamoEventStore.record(tables, journal));
        Transactions.write(dynamo, last).ifPresent(reasons -> {
            JournalItems.throwIfMoved(reasons, journal);
            throw new IllegalStateException("sign-out not recorded: " + Transactions.codes(reasons));
        });
    }
}
