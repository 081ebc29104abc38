package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.core.license.Quote;
import com.secureexchanges.portal.core.license.QuoteStore;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Upgrade quotes in the auth table (see {@link QuoteItems}). */
public final class DynamoQuoteStore implements QuoteStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoQuoteStore(DynamoDbClient dynamo, String authTable) {
        this.dynamo = dynamo;
        this.table = authTable;
    }

    @Override
    public void put(Quote quote) {
        dynamo.putItem(r -> r.tableName(table).item(QuoteItems.item(quote))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Quote> find(String accountId, String quoteId) {
        var item = dynamo.getItem(r -> r.tableName(table).key(QuoteItems.key(accountId, quoteId))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(QuoteItems.toQuote(item));
    }
}
