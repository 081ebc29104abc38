package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;

import com.secureexchanges.portal.core.domain.DomainDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Approved domains in the directory table: {@code DOMAIN#<domain> / CLAIM} holds the account that
 * approved it, so a domain is approved by at most one account (one conditional put).
 */
public final class DynamoDomainDirectory implements DomainDirectory {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDomainDirectory(DynamoDbClient dynamo, String directoryTable) {
        this.dynamo = dynamo;
        this.table = directoryTable;
    }

    static Map<String, AttributeValue> key(String domain) {
        return Map.of("pk", s("DOMAIN#" + domain.toLowerCase(Locale.ROOT)), "sk", s("CLAIM"));
    }

    @Override
    public Optional<String> approvedBy(String domain) {
        var item = dynamo.getItem(r -> r.tableName(table).key(key(domain)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Attrs.optStr(item, "approvedBy");
    }

    @Override
    public boolean approve(String accountId, String domain, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(domain));
        item.put("approvedBy", s(accountId));
        item.put("verifiedAt", s(at.toString()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }
}
