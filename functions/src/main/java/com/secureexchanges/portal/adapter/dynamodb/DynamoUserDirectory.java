package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.user.Member;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Users in the directory table, under their account (see {@link UserItems} for the layout). */
public final class DynamoUserDirectory implements UserDirectory {

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoUserDirectory(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    @Override
    public Optional<User> find(UserKey key) {
        var item = dynamo.getItem(r -> r.tableName(tables.directory()).key(UserItems.userKey(key))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(UserItems.toUser(item));
    }

    @Override
    public Optional<Member> member(UserKey key) {
        List<Map<String, AttributeValue>> found = Reads.batch(dynamo, tables.directory(),
                List.of(UserItems.userKey(key), AccountItems.key(key.accountId())));
        Optional<User> user = found.stream().filter(i -> i.get("sk").s().startsWith("USER#")).findFirst()
                .map(UserItems::toUser);
        Optional<Map<String, AttributeValue>> account = found.stream()
                .filter(i -> i.get("sk").s().equals("ACCOUNT")).findFirst();
        return user.flatMap(u -> account.map(a -> new Member(u, AccountItems.toAccount(a))));
    }

    @Override
    public boolean create(User user) {
        String table = tables.directory();
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                        .key(AccountItems.key(user.accountId())).conditionExpression("attribute_exists(pk)").build())
                        .build(),
                putNew(table, UserItems.userItem(user)), putNew(table, UserItems.emailItem(user)));
        return Transactions.write(dynamo, items).isEmpty();
    }

    @Override
    public boolean update(User expected, User changed, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>(UserItems.replace(tables.directory(), expected, changed,
                journal));
        items.addAll(EventItems.puts(tables.events(), journal));
        var failure = Transactions.write(dynamo, items);
        failure.ifPresent(reasons -> JournalItems.throwIfMoved(reasons, journal));
        return failure.isEmpty();
    }

    static TransactWriteItem putNew(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }
}
