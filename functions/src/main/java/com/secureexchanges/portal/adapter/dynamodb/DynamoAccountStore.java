package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.account.AccountStore;
import com.secureexchanges.portal.core.user.User;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Accounts in the directory table (see {@link AccountItems}). */
public final class DynamoAccountStore implements AccountStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAccountStore(DynamoDbClient dynamo, String directoryTable) {
        this.dynamo = dynamo;
        this.table = directoryTable;
    }

    @Override
    public boolean create(Account account, User firstAdministrator) {
        return Transactions.write(dynamo, List.of(
                DynamoUserDirectory.putNew(table, AccountItems.item(account,
                        firstAdministrator.activeAdministrator() ? 1 : 0)),
                DynamoUserDirectory.putNew(table, UserItems.userItem(firstAdministrator)),
                DynamoUserDirectory.putNew(table, UserItems.emailItem(firstAdministrator)))).isEmpty();
    }
}
