package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.core.license.BillingPeriod;
import com.secureexchanges.portal.core.license.Money;
import com.secureexchanges.portal.core.license.Order;
import com.secureexchanges.portal.core.license.OrderLine;
import com.secureexchanges.portal.core.license.OrderStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Orders in the directory, {@code ACCOUNT#<account> / ORDER#<time>#<id>}: the time (epoch seconds, twelve
 * digits) first, so the account's orders newest first are one query of its partition read backwards. The
 * lines are a list inside the order (an order has at most one line per plan: a few hundred bytes).
 */
final class OrderItems {

    static final String PREFIX = "ORDER#";
    private static final Pattern SORT_KEY = Pattern.compile("ORDER#[0-9]{12}#[A-Za-z0-9_-]{1,64}");

    private OrderItems() {
    }

    static String sortKey(Order order) {
        return PREFIX + String.format(Locale.ROOT, "%012d", order.at().getEpochSecond()) + "#" + order.id();
    }

    /** The put of a new order, only where none has its key. */
    static TransactWriteItem create(String table, Order order) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(order))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    static Map<String, AttributeValue> item(Order order) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(AccountItems.PREFIX + order.accountId()));
        item.put("sk", s(sortKey(order)));
        item.put("orderId", s(order.id()));
        item.put("orderedAt", Attrs.time(order.at()));
        item.put("kind", s(order.kind().name().toLowerCase(Locale.ROOT)));
        item.put("orderStatus", s(order.status().id()));
        item.put("payment", s(order.payment()));
        item.put("orderedBy", s(order.orderedBy()));
        order.upgraded().ifPresent(user -> item.put("upgradedUser", s(user)));
        item.put("periodStart", Attrs.time(order.period().start()));
        item.put("periodEnd", Attrs.time(order.period().end()));
        item.put("currency", s(order.total().currency()));
        item.put("total", n(order.total().cents()));
        item.put("lines", AttributeValue.fromL(order.lines().stream().map(line -> AttributeValue.fromM(Map.of(
                "plan", s(line.plan()), "quantity", n(line.quantity()), "unitPrice", n(line.unitPrice().cents()),
                "amount", n(line.amount().cents())))).toList()));
        return item;
    }

    static Order toOrder(Map<String, AttributeValue> item) {
        String currency = str(item, "currency");
        List<OrderLine> lines = item.get("lines").l().stream().map(AttributeValue::m).map(line -> new OrderLine(
                str(line, "plan"), (int) num(line, "quantity"), new Money(num(line, "unitPrice"), currency),
                new Money(num(line, "amount"), currency))).toList();
        return new Order(str(item, "orderId"), str(item, "pk").substring(AccountItems.PREFIX.length()),
                Attrs.instant(item, "orderedAt"), Order.Kind.valueOf(str(item, "kind").toUpperCase(Locale.ROOT)),
                OrderStatus.fromId(str(item, "orderStatus")), lines, new BillingPeriod(Attrs.instant(item,
                "periodStart"), Attrs.instant(item, "periodEnd")), str(item, "orderedBy"), str(item, "payment"),
                Attrs.optStr(item, "upgradedUser"));
    }

    /** The opaque cursor naming the position after {@code sortKey}. */
    static String cursor(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort key a cursor names.
     *
     * @throws IllegalArgumentException for anything that is not a cursor of an order page
     */
    static String sortKeyOf(String cursor) {
        String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (!SORT_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an order cursor");
        }
        return key;
    }
}
