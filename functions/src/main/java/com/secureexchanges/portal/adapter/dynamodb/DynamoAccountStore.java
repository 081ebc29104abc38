package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.AccountStore;
import com.secureexchanges.portal.core.account.Opening;
import com.secureexchanges.portal.core.user.User;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Accounts in the directory table (see {@link AccountItems}). */
public final class DynamoAccountStore implements AccountStore {

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoAccountStore(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    @Override
    public boolean open(Opening opening) {
        String table = tables.directory();
        User administrator = opening.administrator();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(DynamoUserDirectory.putNew(table, AccountItems.item(opening.account(),
                administrator.activeAdministrator() ? 1 : 0)));
        items.addAll(DynamoUserDirectory.creation(tables, administrator, opening.journal()));
        opening.order().ifPresent(order -> items.add(OrderItems.create(table, order)));
        return Transactions.write(dynamo, items).isEmpty();
    }
}
