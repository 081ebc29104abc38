package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.license.HeldLicense;
import com.secureexchanges.portal.core.license.Holding;
import com.secureexchanges.portal.core.license.LicenseLedger;
import com.secureexchanges.portal.core.license.LicensePolicy;
import com.secureexchanges.portal.core.license.SeatChange;
import com.secureexchanges.portal.core.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Held licences in the directory table (see {@link LicenseItems}, {@link LicenseWrites}). Each change is one
 * transaction: the holder's item (what they hold, and their chain's head), the licence items, the account's
 * seats with their conditions, and the events.
 */
public final class DynamoLicenseLedger implements LicenseLedger {

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoLicenseLedger(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    @Override
    public List<Holding> held(String accountId) {
        List<Holding> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(tables.directory()).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :license)")
                        .expressionAttributeValues(Map.of(":pk", s(AccountItems.PREFIX + accountId),
                                ":license", s(LicenseItems.PREFIX))))
                .items().forEach(item -> out.add(LicenseItems.toHolding(item)));
        return out;
    }

    @Override
    public Optional<Refusal> change(User before, User after, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>(LicenseWrites.change(tables, before, after, journal));
        items.add(new AccountUpdate().seats(SeatChange.between(before.license(), after.license()),
                LicensePolicy.MAX_PER_PLAN).write(tables.directory(), before.accountId()));
        Optional<List<CancellationReason>> failure = Transactions.write(dynamo, items);
        if (failure.isEmpty()) {
            return Optional.empty();
        }
        JournalItems.throwIfMoved(failure.get(), journal);
        boolean seatsRefused = "ConditionalCheckFailed".equals(failure.get().getLast().code());
        return Optional.of(seatsRefused ? Refusal.NO_FREE_LICENSE : Refusal.CHANGED);
    }

    @Override
    public Optional<Refusal> transfer(User from, User to, Appendix fromJournal, Appendix toJournal) {
        HeldLicense moved = to.license().orElseThrow();
        User receiving = to.withLicense(Optional.empty());
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(LicenseWrites.holder(tables.directory(), receiving, to, toJournal));
        items.add(LicenseWrites.holder(tables.directory(), from, from.withLicense(Optional.empty()), fromJournal));
        items.add(UserItems.claimHead(tables.directory(), fromJournal));
        items.add(UserItems.claimHead(tables.directory(), toJournal));
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(tables.directory())
                .key(LicenseItems.key(from.accountId(), moved.id()))
                .updateExpression("SET userId = :to, email = :email, " + LicenseItems.SINCE + " = :since")
                .conditionExpression("userId = :from")
                .expressionAttributeValues(Map.of(":to", s(to.id()), ":email", s(to.email().value()),
                        ":since", Attrs.time(moved.since()), ":from", s(from.id()))).build()).build());
        items.addAll(EventItems.puts(tables, fromJournal));
        items.addAll(EventItems.puts(tables, toJournal));
        Optional<List<CancellationReason>> failure = Transactions.write(dynamo, items);
        if (failure.isEmpty()) {
            return Optional.empty();
        }
        JournalItems.throwIfMoved(failure.get(), fromJournal);
        JournalItems.throwIfMoved(failure.get(), toJournal);
        return Optional.of(Transactions.firstFailed(failure.get(), List.of(Refusal.TAKEN), Refusal.CHANGED));
    }
}
