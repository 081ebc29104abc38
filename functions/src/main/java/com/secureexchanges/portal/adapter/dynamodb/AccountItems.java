package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.core.account.Account;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** The account item, {@code ACCOUNT#<id> / ACCOUNT}: first of its partition, which holds its users. */
final class AccountItems {

    static final String PREFIX = "ACCOUNT#";
    static final String STATUS = "accountStatus";
    /** How many active administrators the account has: changed with conditions, never below one. */
    static final String ADMINS = "activeAdmins";

    private AccountItems() {
    }

    static Map<String, AttributeValue> key(String accountId) {
        return Map.of("pk", s(PREFIX + accountId), "sk", s("ACCOUNT"));
    }

    static Map<String, AttributeValue> item(Account account, int activeAdmins) {
        Map<String, AttributeValue> item = new HashMap<>(key(account.id()));
        item.put(ADMINS, Attrs.n(activeAdmins));
        item.put("accountId", s(account.id()));
        item.put("name", s(account.name()));
        item.put("createdAt", s(account.createdAt().toString()));
        item.put(STATUS, s(account.active() ? "active" : "suspended"));
        return item;
    }

    /**
     * In a transaction that creates users of the account: adds the active administrators among them to
     * its count, or (none among them) checks that the account exists.
     */
    static TransactWriteItem administratorsAdded(String table, String accountId, int added) {
        if (added == 0) {
            return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                    .key(key(accountId)).conditionExpression("attribute_exists(pk)").build()).build();
        }
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(accountId))
                .updateExpression("ADD " + ADMINS + " :d").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":d", Attrs.n(added))).build()).build();
    }

    static Account toAccount(Map<String, AttributeValue> item) {
        // The account created with the stack has no creation time (see FirstAdministrator).
        Instant createdAt = Attrs.optStr(item, "createdAt").map(Instant::parse).orElse(Instant.EPOCH);
        return new Account(str(item, "accountId"), str(item, "name"), createdAt, "active".equals(str(item, STATUS)));
    }
}
