package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Users in the directory table (see {@link UserItems} for the layout). */
public final class DynamoUserDirectory implements UserDirectory {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoUserDirectory(DynamoDbClient dynamo, String directoryTable) {
        this.dynamo = dynamo;
        this.table = directoryTable;
    }

    @Override
    public Optional<User> find(String userId) {
        var item = dynamo.getItem(r -> r.tableName(table).key(UserItems.userKey(userId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(UserItems.toUser(item));
    }

    @Override
    public boolean create(User user) {
        try {
            dynamo.transactWriteItems(r -> r.transactItems(
                    putNew(UserItems.userItem(user)), putNew(UserItems.emailItem(user))));
            return true;
        } catch (TransactionCanceledException taken) {
            return false;
        }
    }

    @Override
    public boolean update(User expected, User changed) {
        try {
            dynamo.transactWriteItems(r -> r.transactItems(UserItems.replace(table, expected, changed)));
            return true;
        } catch (TransactionCanceledException changedMeanwhile) {
            return false;
        }
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }
}
