package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.license.LicensePolicy;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.license.OrderBook;
import com.secureexchanges.portal.core.license.OrderPage;
import com.secureexchanges.portal.core.license.Quote;
import com.secureexchanges.portal.core.license.SeatChange;
import com.secureexchanges.portal.core.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Orders and the pool they grow, in the directory table ({@link OrderItems}, {@link AccountItems}); quotes in
 * the auth table ({@link QuoteItems}). Each change is one transaction with its events.
 */
public final class DynamoOrderBook implements OrderBook {

    private static final String FAILED = "ConditionalCheckFailed";

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoOrderBook(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    /** The order and the account's seats and anchor that record a purchase (a sign-up writes them too). */
    static List<TransactWriteItem> purchase(String table, Optional<Instant> seenAnchor, Order order) {
        List<SeatChange> bought = order.lines().stream().map(l -> SeatChange.bought(l.plan(), l.quantity())).toList();
        return List.of(new AccountUpdate().seats(bought, LicensePolicy.MAX_PER_PLAN).anchor(seenAnchor, order.at())
                .write(table, order.accountId()), OrderItems.create(table, order));
    }

    @Override
    public Optional<Refusal> purchase(Optional<Instant> seenAnchor, Order order, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>(purchase(tables.directory(), seenAnchor, order));
        items.addAll(DynamoEventStore.record(tables, journal));
        Optional<List<CancellationReason>> failure = Transactions.write(dynamo, items);
        if (failure.isEmpty()) {
            return Optional.empty();
        }
        JournalItems.throwIfMoved(failure.get(), journal);
        CancellationReason account = failure.get().getFirst();
        if (!FAILED.equals(account.code())) {
            return Optional.of(Refusal.CHANGED);
        }
        Optional<Instant> anchor = AccountItems.billing(account.item() == null ? Map.of() : account.item()).anchor();
        return Optional.of(anchor.equals(seenAnchor) ? Refusal.TOO_MANY : Refusal.CHANGED);
    }

    @Override
    public Optional<Refusal> shrink(String accountId, SeatChange removal, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(new AccountUpdate().seats(List.of(removal), LicensePolicy.MAX_PER_PLAN)
                .write(tables.directory(), accountId));
        items.addAll(DynamoEventStore.record(tables, journal));
        Optional<List<CancellationReason>> failure = Transactions.write(dynamo, items);
        if (failure.isEmpty()) {
            return Optional.empty();
        }
        JournalItems.throwIfMoved(failure.get(), journal);
        return Optional.of(Refusal.NOT_ENOUGH_FREE);
    }

    @Override
    public Optional<Refusal> upgrade(Quote quote, Instant at, Order order, User before, User after,
                                     Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(QuoteItems.use(tables.auth(), quote, at));
        items.add(new AccountUpdate().seats(SeatChange.between(before.license(), after.license()),
                LicensePolicy.MAX_PER_PLAN).write(tables.directory(), order.accountId()));
        items.add(OrderItems.create(tables.directory(), order));
        items.addAll(LicenseWrites.change(tables, before, after, journal));
        Optional<List<CancellationReason>> failure = Transactions.write(dynamo, items);
        if (failure.isEmpty()) {
            return Optional.empty();
        }
        JournalItems.throwIfMoved(failure.get(), journal);
        return Optional.of(Transactions.firstFailed(failure.get(), List.of(Refusal.QUOTE_USED, Refusal.TOO_MANY),
                Refusal.CHANGED));
    }

    @Override
    public OrderPage page(String accountId, Optional<String> cursor, int limit) {
        String pk = AccountItems.PREFIX + accountId;
        Optional<String> after = cursor.map(OrderItems::sortKeyOf);
        QueryResponse page = dynamo.query(r -> r.tableName(tables.directory()).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :order)")
                .expressionAttributeValues(Map.of(":pk", s(pk), ":order", s(OrderItems.PREFIX)))
                .scanIndexForward(false).limit(limit)
                .exclusiveStartKey(after.map(sk -> Map.<String, AttributeValue>of("pk", s(pk), "sk", s(sk)))
                        .orElse(null)));
        List<Order> orders = page.items().stream().map(OrderItems::toOrder).toList();
        boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() && orders.size() == limit;
        return new OrderPage(orders, more ? Optional.of(OrderItems.cursor(page.items().getLast().get("sk").s()))
                : Optional.empty());
    }
}
