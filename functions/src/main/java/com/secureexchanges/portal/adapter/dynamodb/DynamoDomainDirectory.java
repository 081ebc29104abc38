package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.domain.DomainClaim;
import com.secureexchanges.portal.core.domain.DomainDirectory;
import com.secureexchanges.portal.core.domain.DomainName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Domains in the directory table (see {@link DomainItems}). Each change is one transaction with the
 * administrator's events: the claim, the approval or the count with their conditions, then the
 * journal's writes (whose head condition, when it fails, is reported as {@code HeadMoved}).
 */
public final class DynamoDomainDirectory implements DomainDirectory {

    private final DynamoDbClient dynamo;
    private final TableNames tables;
    private final String table;

    public DynamoDomainDirectory(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
        this.table = tables.directory();
    }

    @Override
    public Optional<String> approvedBy(String domain) {
        var item = dynamo.getItem(r -> r.tableName(table).key(DomainItems.approvalKey(domain)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Attrs.optStr(item, "approvedBy");
    }

    @Override
    public List<DomainClaim> list(String accountId) {
        List<DomainClaim> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :domain)")
                        .expressionAttributeValues(Map.of(":pk", s(AccountItems.PREFIX + accountId),
                                ":domain", s(DomainItems.PREFIX))))
                .items().forEach(item -> out.add(DomainItems.toClaim(item)));
        return out;
    }

    @Override
    public Optional<DomainClaim> find(String accountId, DomainName domain) {
        var item = dynamo.getItem(r -> r.tableName(table).key(DomainItems.claimKey(accountId, domain))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(DomainItems.toClaim(item));
    }

    @Override
    public Optional<Refusal> add(DomainClaim claim, int limit, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(DomainItems.claimItem(claim))
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        items.add(count(claim.accountId(), 1, "attribute_exists(pk) AND (attribute_not_exists(" + DomainItems.COUNT
                + ") OR " + DomainItems.COUNT + " < :limit)", Map.of(":limit", n(limit))));
        return write(items, journal, List.of(Optional.of(Refusal.ALREADY_ADDED), Optional.of(Refusal.TOO_MANY)));
    }

    @Override
    public Optional<Refusal> verify(DomainClaim claim, Instant at, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(DomainItems.approvalItem(claim.domain().value(), claim.accountId(), at))
                .conditionExpression("attribute_not_exists(pk) OR approvedBy = :account")
                .expressionAttributeValues(Map.of(":account", s(claim.accountId()))).build()).build());
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(DomainItems.claimKey(claim.accountId(), claim.domain()))
                .updateExpression("SET domainStatus = :verified, verifiedAt = :at")
                .conditionExpression("attribute_exists(pk) AND #token = :token")
                .expressionAttributeNames(Map.of("#token", "token"))
                .expressionAttributeValues(Map.of(":verified", s("verified"), ":at", Attrs.time(at),
                        ":token", s(claim.token()))).build()).build());
        return write(items, journal, List.of(Optional.of(Refusal.TAKEN), Optional.of(Refusal.GONE)));
    }

    @Override
    public boolean remove(DomainClaim claim, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(DomainItems.claimKey(claim.accountId(), claim.domain()))
                .conditionExpression("attribute_exists(pk) AND domainStatus = :status")
                .expressionAttributeValues(Map.of(":status", s(claim.status().id()))).build()).build());
        items.add(count(claim.accountId(), -1, "attribute_exists(pk)", Map.of()));
        if (claim.verified()) {
            // Verified with the claim in one write, so the approval is this account's.
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(DomainItems.approvalKey(claim.domain().value()))
                    .conditionExpression("attribute_not_exists(pk) OR approvedBy = :account")
                    .expressionAttributeValues(Map.of(":account", s(claim.accountId()))).build()).build());
        }
        return write(items, journal, List.of(Optional.of(Refusal.GONE))).isEmpty();
    }

    @Override
    public boolean approve(String accountId, String domain, Instant at) {
        DomainClaim claim = DomainClaim.pending(accountId, new DomainName(domain), "local", at).verifiedAt(at);
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table)
                        .item(DomainItems.approvalItem(domain, accountId, at))
                        .conditionExpression("attribute_not_exists(pk)").build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(DomainItems.claimItem(claim))
                        .build()).build(),
                count(accountId, 1, "attribute_exists(pk)", Map.of()));
        return Transactions.write(dynamo, items).isEmpty();
    }

    private TransactWriteItem count(String accountId, int by, String condition, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":by", n(by));
        all.put(":zero", n(0));
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(AccountItems.key(accountId))
                .updateExpression("SET " + DomainItems.COUNT + " = if_not_exists(" + DomainItems.COUNT
                        + ", :zero) + :by")
                .conditionExpression(condition).expressionAttributeValues(all).build()).build();
    }

    /**
     * Writes the items and the journal's; answers the refusal paired with the first item whose condition
     * failed, or throws {@code HeadMoved} when it was the journal's.
     */
    private Optional<Refusal> write(List<TransactWriteItem> items, Appendix journal,
                                    List<Optional<Refusal>> refusals) {
        List<TransactWriteItem> all = new ArrayList<>(items);
        if (!journal.isEmpty()) {
            all.addAll(DynamoEventStore.record(tables, journal));
        }
        Optional<List<CancellationReason>> reasons = Transactions.write(dynamo, all);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        JournalItems.throwIfMoved(reasons.get(), journal);
        return Transactions.firstFailed(reasons.get(), refusals, Optional.of(Refusal.GONE));
    }
}
