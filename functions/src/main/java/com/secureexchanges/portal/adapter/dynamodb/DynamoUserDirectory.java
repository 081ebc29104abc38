package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.core.session.SessionCut;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.license.LicensePolicy;
import com.secureexchanges.portal.core.license.SeatChange;
import com.secureexchanges.portal.core.user.Member;
import com.secureexchanges.portal.core.user.Subject;
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
        return member(key, Optional.empty());
    }

    @Override
    public Optional<Member> member(UserKey key, Optional<String> subjectId) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>(List.of(UserItems.userKey(key),
                AccountItems.key(key.accountId()), SessionItems.cutKey(key)));
        Optional<UserKey> subject = subjectId.filter(UserKey::isId).map(id -> new UserKey(key.accountId(), id));
        subject.filter(s -> !s.equals(key)).ifPresent(s -> keys.add(UserItems.userKey(s)));
        List<Map<String, AttributeValue>> found = Reads.batch(dynamo, tables.directory(), keys);
        Optional<User> user = userIn(found, key.userId());
        Optional<Map<String, AttributeValue>> account = found.stream()
                .filter(i -> i.get("sk").s().equals("ACCOUNT")).findFirst();
        Optional<SessionCut> cut = found.stream().filter(i -> i.get("sk").s().startsWith(SessionItems.CUT_PREFIX))
                .findFirst().map(SessionItems::toCut);
        Optional<Subject> named = subjectId.map(id -> new Subject(id, subject.flatMap(s -> userIn(found, s.userId()))));
        return user.flatMap(u -> account.map(a -> new Member(u, AccountItems.toAccount(a), cut, named)));
    }

    private static Optional<User> userIn(List<Map<String, AttributeValue>> items, String userId) {
        return items.stream().filter(i -> i.get("sk").s().equals("USER#" + userId)).findFirst().map(UserItems::toUser);
    }

    @Override
    public UserPage page(String accountId, UserQuery query) {
        return UserPages.read(dynamo, tables.directory(), accountId, query);
    }

    /**
     * {@inheritDoc} A user created holding a licence takes it from the pool's free ones.
     *
     * @throws Conflict {@code no_license_available} when none of that plan is free (nothing written)
     */
    @Override
    public boolean create(User user, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(new AccountUpdate().administrators(user.activeAdministrator() ? 1 : 0)
                .seats(SeatChange.between(Optional.empty(), user.license()), LicensePolicy.MAX_PER_PLAN)
                .write(tables.directory(), user.accountId()));
        items.addAll(creation(tables, user, journal));
        var failure = Transactions.write(dynamo, items);
        if (failure.isEmpty()) {
            return true;
        }
        if (user.license().isPresent() && "ConditionalCheckFailed".equals(failure.get().getFirst().code())) {
            throw new Conflict(ErrorId.NO_LICENSE_AVAILABLE);
        }
        return false;
    }

    /**
     * The writes that create a user (their chain starting with {@code journal}) and claim their address,
     * and the item of the licence they hold, if any, each only where nothing is stored yet; the account's
     * item is the caller's to add.
     */
    static List<TransactWriteItem> creation(TableNames tables, User user, Appendix journal) {
        User stored = user.withJournal(journal.next());
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(putNew(tables.directory(), UserItems.userItem(stored)));
        items.add(putNew(tables.directory(), UserItems.emailItem(stored)));
        stored.license().ifPresent(license -> items.add(LicenseItems.create(tables.directory(), stored)));
        items.addAll(EventItems.puts(tables, journal));
        return items;
    }

    @Override
    public boolean update(User expected, User changed, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>(UserItems.replace(tables.directory(), expected, changed,
                journal));
        int delta = (changed.activeAdministrator() ? 1 : 0) - (expected.activeAdministrator() ? 1 : 0);
        int counter = items.size();
        if (delta != 0) {
            items.add(new AccountUpdate().administrators(delta).write(tables.directory(), expected.accountId()));
        }
        items.addAll(EventItems.puts(tables, journal));
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

    /** {@inheritDoc} The licence the user held goes back to the pool in the same write. */
    @Override
    public boolean delete(User expected, Appendix journal) {
        String table = tables.directory();
        User kept = expected.deletedUser();
        List<TransactWriteItem> items = new ArrayList<>(UserItems.replace(table, expected, kept, journal)
                .subList(0, 1));
        items.add(TransactWriteItem.builder().delete(Delete.builder()
                .tableName(table).key(UserItems.emailKey(expected.email())).conditionExpression("userId = :id")
                .expressionAttributeValues(Map.of(":id", Attrs.s(expected.id()))).build()).build());
        expected.license().ifPresent(license -> items.add(LicenseWrites.release(table, expected.accountId(),
                license.id(), expected.id())));
        int counter = items.size();
        if (expected.activeAdministrator() || expected.license().isPresent()) {
            items.add(new AccountUpdate().administrators(expected.activeAdministrator() ? -1 : 0)
                    .seats(SeatChange.between(expected.license(), Optional.empty()), LicensePolicy.MAX_PER_PLAN)
                    .write(table, expected.accountId()));
        }
        items.addAll(EventItems.puts(tables, journal));
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

    static TransactWriteItem putNew(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }
}
