package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.EventChain;
import com.secureexchanges.portal.core.audit.EventPage;
import com.secureexchanges.portal.core.audit.EventStore;
import com.secureexchanges.portal.core.audit.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The event log in DynamoDB (see {@link EventItems}). Writes are puts with a condition only, reads are
 * queries only: what the functions' IAM policy allows on this table.
 */
public final class DynamoEventStore implements EventStore {

    private static final Pattern CURSOR = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z#\\d{12}");

    private static final int PARALLEL_UPDATES = 16;

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoEventStore(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    /** The writes that record {@code journal} on its own: both heads moved, every event put. */
    static List<TransactWriteItem> record(TableNames tables, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(UserItems.claimHead(tables.directory(), journal));
        items.add(JournalItems.moveHead(tables.directory(), UserItems.userKey(journal.chain().key()), journal, "",
                Map.of()));
        items.addAll(EventItems.puts(tables, journal));
        return items;
    }

    @Override
    public void append(Appendix journal) {
        if (journal.isEmpty()) {
            return;
        }
        Transactions.write(dynamo, record(tables, journal)).ifPresent(reasons -> {
            JournalItems.throwIfMoved(reasons, journal);
            throw new IllegalStateException("the user of this chain is gone: " + Transactions.codes(reasons));
        });
    }

    @Override
    public EventPage page(UserKey user, Instant from, Instant to, Optional<String> cursor, int limit) {
        String pk = EventItems.partition(user);
        String lowest = EventChain.TIME.format(from);
        String highest = EventChain.TIME.format(to) + "#~";
        Optional<String> start = cursor.map(DynamoEventStore::decode);
        if (start.filter(s -> s.compareTo(lowest) < 0 || s.compareTo(highest) > 0).isPresent()) {
            throw new IllegalArgumentException("the cursor is not within this period");
        }
        QueryRequest.Builder query = QueryRequest.builder().tableName(tables.events()).indexName(EventItems.BY_TIME)
                .keyConditionExpression("pk = :pk AND " + EventItems.AT_SEQ + " BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", s(pk), ":from", s(lowest), ":to", s(highest)))
                .scanIndexForward(false).consistentRead(true).limit(limit);
        start.ifPresent(atSeq -> query.exclusiveStartKey(Map.of("pk", s(pk),
                "seq", n(Long.parseLong(atSeq.substring(atSeq.indexOf('#') + 1))), EventItems.AT_SEQ, s(atSeq))));
        var out = dynamo.query(query.build());
        List<StoredEvent> events = out.items().stream().map(EventItems::toEvent).toList();
        Optional<String> next = events.size() < limit ? Optional.empty()
                : EventItems.cursorOf(out.lastEvaluatedKey()).map(DynamoEventStore::encode);
        return new EventPage(events, next);
    }

    @Override
    public List<StoredEvent> chain(UserKey user) {
        return dynamo.queryPaginator(r -> r.tableName(tables.events()).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(EventItems.partition(user))))
                        .scanIndexForward(true).consistentRead(true))
                .items().stream().map(EventItems::toEvent).toList();
    }

    /**
     * One conditional update per event still holding personal data, touching only {@code ip},
     * {@code browser}, {@code details} and {@code salt} (the attributes the IAM policy allows here).
     */
    @Override
    public int pseudonymise(UserKey user) {
        String pk = EventItems.partition(user);
        List<Map<String, AttributeValue>> keys = dynamo.queryPaginator(r -> r.tableName(tables.events())
                        .keyConditionExpression("pk = :pk").filterExpression("attribute_exists(salt)")
                        .projectionExpression("pk, seq").expressionAttributeValues(Map.of(":pk", s(pk)))
                        .consistentRead(true))
                .items().stream().toList();
        AttributeValue dash = s(EventChain.PSEUDONYMISED);
        // Independent updates, several at a time: a long chain must fit in one request.
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_UPDATES);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Map<String, AttributeValue> key : keys) {
                done.add(pool.submit(() -> dynamo.updateItem(r -> r.tableName(tables.events()).key(key)
                        .updateExpression("SET ip = :dash, browser = :dash, details = :none REMOVE salt")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":dash", dash, ":none", AttributeValue.fromM(Map.of()))))));
            }
            for (Future<?> update : done) {
                update.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("pseudonymisation cut short; deleting again finishes it", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pseudonymisation interrupted; deleting again finishes it", e);
        } finally {
            pool.shutdown();
        }
        return keys.size();
    }

    private static String encode(String atSeq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(atSeq.getBytes(StandardCharsets.US_ASCII));
    }

    private static String decode(String cursor) {
        String atSeq;
        try {
            atSeq = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("not a cursor");
        }
        if (!CURSOR.matcher(atSeq).matches()) {
            throw new IllegalArgumentException("not a cursor");
        }
        return atSeq;
    }
}
