package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.num;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.license.BillingPeriod;
import com.secureexchanges.portal.core.license.Money;
import com.secureexchanges.portal.core.license.Quote;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Upgrade quotes in the auth table, {@code QUOTE#<account>#<quote>}: short-lived like the sign-in state, and
 * purged by TTL a day after they expire. The account is in the key, so another account's quote id finds
 * nothing. Paying marks the quote used with a condition, so it is paid once.
 */
final class QuoteItems {

    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    private QuoteItems() {
    }

    static Map<String, AttributeValue> key(String accountId, String quoteId) {
        return Map.of("pk", s("QUOTE#" + accountId + "#" + quoteId));
    }

    static Map<String, AttributeValue> item(Quote quote) {
        Map<String, AttributeValue> item = new HashMap<>(key(quote.accountId(), quote.id()));
        item.put("quoteId", s(quote.id()));
        item.put("accountId", s(quote.accountId()));
        item.put("userId", s(quote.userId()));
        item.put("licenseId", s(quote.licenseId()));
        item.put("fromPlan", s(quote.from()));
        item.put("toPlan", s(quote.to()));
        item.put("amount", n(quote.amount().cents()));
        item.put("currency", s(quote.amount().currency()));
        item.put("periodStart", Attrs.time(quote.period().start()));
        item.put("periodEnd", Attrs.time(quote.period().end()));
        item.put("expiresAt", Attrs.time(quote.expiresAt()));
        item.put(Tables.PURGE_AT, Attrs.time(quote.expiresAt().plus(KEPT_AFTER_EXPIRY)));
        return item;
    }

    static Quote toQuote(Map<String, AttributeValue> item) {
        return new Quote(str(item, "quoteId"), str(item, "accountId"), str(item, "userId"), str(item, "licenseId"),
                str(item, "fromPlan"), str(item, "toPlan"), new Money(num(item, "amount"), str(item, "currency")),
                new BillingPeriod(Attrs.instant(item, "periodStart"), Attrs.instant(item, "periodEnd")),
                Attrs.instant(item, "expiresAt"), item.containsKey("usedAt"));
    }

    /** Marks the quote used at {@code at}, if it is unused and unexpired then. */
    static TransactWriteItem use(String table, Quote quote, Instant at) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(key(quote.accountId(), quote.id())).updateExpression("SET usedAt = :at")
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :at")
                .expressionAttributeValues(Map.of(":at", Attrs.time(at))).build()).build();
    }
}
