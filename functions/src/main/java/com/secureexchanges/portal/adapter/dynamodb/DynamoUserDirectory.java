package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.core.session.SessionCut;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.user.Member;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import com.secureexchanges.portal.core.user.UserPage;
import com.secureexchanges.portal.core.user.UserQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Users in the directory table, under their account (see {@link UserItems} for the layout). The
 * account item counts its active administrators; every write that changes who is one moves the
 * count in the same transaction, with a condition that it stays at one or more.
 */
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
                List.of(UserItems.userKey(key), AccountItems.key(key.accountId()), SessionItems.cutKey(key)));
        Optional<User> user = found.stream().filter(i -> i.get("sk").s().startsWith("USER#")).findFirst()
                .map(UserItems::toUser);
        Optional<Map<String, AttributeValue>> account = found.stream()
                .filter(i -> i.get("sk").s().equals("ACCOUNT")).findFirst();
        Optional<SessionCut> cut = found.stream().filter(i -> i.get("sk").s().startsWith(SessionItems.CUT_PREFIX))
                .findFirst().map(SessionItems::toCut);
        return user.flatMap(u -> account.map(a -> new Member(u, AccountItems.toAccount(a), cut)));
    }

    @Override
    public UserPage page(String accountId, UserQuery query) {
        return UserPages.read(dynamo, tables.directory(), accountId, query);
    }

    @Override
    public boolean create(User user, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(AccountItems.administratorsAdded(tables.directory(), user.accountId(),
                user.activeAdministrator() ? 1 : 0));
        items.addAll(creation(tables, user, journal));
        return Transactions.write(dynamo, items).isEmpty();
    }

    /**
     * The writes that create a user (their chain starting with {@code journal}) and claim their address,
     * each only where nothing is stored yet; the account's item is the caller's to add.
     */
    static List<TransactWriteItem> creation(TableNames tables, User user, Appendix journal) {
        User stored = user.withJournal(journal.next());
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(putNew(tables.directory(), UserItems.userItem(stored)));
        items.add(putNew(tables.directory(), UserItems.emailItem(stored)));
        items.addAll(EventItems.puts(tables.events(), journal));
        return items;
    }

    @Override
    public boolean update(User expected, User changed, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>(UserItems.replace(tables.directory(), expected, changed,
                journal));
        int delta = (changed.activeAdministrator() ? 1 : 0) - (expected.activeAdministrator() ? 1 : 0);
        int counter = items.size();
        if (delta != 0) {
            items.add(adminCount(expected.accountId(), delta));
        }
        items.addAll(EventItems.puts(tables.events(), journal));
        var failure = Transactions.write(dynamo, items);
        if (failure.isEmpty()) {
            return true;
        }
        JournalItems.throwIfMoved(failure.get(), journal);
        if (delta != 0 && "ConditionalCheckFailed".equals(failure.get().get(counter).code())) {
            throw Conflict.lastAdministrator();
        }
        return false;
    }

    @Override
    public boolean delete(User expected, Appendix journal) {
        String table = tables.directory();
        User kept = expected.deletedUser();
        List<TransactWriteItem> items = new ArrayList<>(UserItems.replace(table, expected, kept, journal)
                .subList(0, 1));
        items.add(TransactWriteItem.builder().delete(Delete.builder()
                .tableName(table).key(UserItems.emailKey(expected.email())).conditionExpression("userId = :id")
                .expressionAttributeValues(Map.of(":id", Attrs.s(expected.id()))).build()).build());
        int counter = items.size();
        if (expected.activeAdministrator()) {
            items.add(adminCount(expected.accountId(), -1));
        }
        items.addAll(EventItems.puts(tables.events(), journal));
        var failure = Transactions.write(dynamo, items);
        if (failure.isEmpty()) {
            return true;
        }
        JournalItems.throwIfMoved(failure.get(), journal);
        if (expected.activeAdministrator() && "ConditionalCheckFailed".equals(failure.get().get(counter).code())) {
            throw Conflict.lastAdministrator();
        }
        return false;
    }

    /** Moves the account's count of active administrators; it may never fall below one. */
    private TransactWriteItem adminCount(String accountId, int delta) {
        return TransactWriteItem.builder().update(Update.builder().tableName(tables.directory())
                .key(AccountItems.key(accountId)).updateExpression("ADD " + AccountItems.ADMINS + " :d")
                .conditionExpression(delta < 0 ? AccountItems.ADMINS + " > :one" : "attribute_exists(pk)")
                .expressionAttributeValues(delta < 0 ? Map.of(":d", n(delta), ":one", n(1)) : Map.of(":d", n(delta)))
                .build()).build();
    }

    static TransactWriteItem putNew(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }
}
