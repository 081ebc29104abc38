package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.login.AddressState;
import com.secureexchanges.portal.core.login.AddressThrottle;
import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.Grant;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.login.LoginStore;
import com.secureexchanges.portal.core.login.PendingLink;
import com.secureexchanges.portal.core.model.EmailAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The sign-in flow in DynamoDB: {@link #read} is one {@code BatchGetItem}; {@link #commit},
 * {@link #redeem} and {@link #deny} are one {@code TransactWriteItems} each, events included, so every
 * request is two round trips.
 */
public final class DynamoLoginStore implements LoginStore {

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoLoginStore(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    @Override
    public AddressState read(String addressKey, EmailAddress email) {
        var found = Reads.batch(dynamo, Map.of(tables.directory(), List.of(UserItems.emailKey(email)),
                tables.auth(), List.of(LoginItems.addressKey(addressKey))));
        var owner = found.getOrDefault(tables.directory(), List.of()).stream().findFirst().map(UserItems::toIdentity);
        var throttle = found.getOrDefault(tables.auth(), List.of()).stream().findFirst().map(LoginItems::toThrottle)
                .orElse(AddressThrottle.NONE);
        return new AddressState(owner, throttle);
    }

    @Override
    public CommitOutcome commit(LoginAttempt attempt) {
        return commit(dynamo, tables, attempt, List.of());
    }

    /**
     * Commits {@code attempt} with {@code extra} items (new items of a request that shares the sign-in
     * rules, such as a pending sign-up), all or nothing; an extra item's failure counts as a race.
     */
    static CommitOutcome commit(DynamoDbClient dynamo, TableNames tables, LoginAttempt attempt,
                                List<TransactWriteItem> extra) {
        List<TransactWriteItem> items = new ArrayList<>();
        List<CommitOutcome> onFailure = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(RateCounter.update(tables.auth(), attempt.ipWindow())).build());
        onFailure.add(CommitOutcome.IP_LIMITED);
        attempt.captcha().ifPresent(c -> {
            items.add(putNew(tables, Map.of("pk", LoginItems.captchaKey(c.nonce()).get("pk"),
                    Tables.PURGE_AT, time(c.expiresAt()))));
            onFailure.add(CommitOutcome.CAPTCHA_REUSED);
        });
        attempt.address().ifPresent(update -> {
            boolean first = update.expectedVersion() == 0;
            Put.Builder put = Put.builder().tableName(tables.auth()).item(LoginItems.addressItem(update));
            if (first) {
                put.conditionExpression("attribute_not_exists(pk)");
            } else {
                put.conditionExpression("version = :v").expressionAttributeValues(Map.of(":v", n(update.expectedVersion())));
            }
            items.add(TransactWriteItem.builder().put(put.build()).build());
            onFailure.add(CommitOutcome.ADDRESS_RACE);
            update.supersedes().ifPresent(old -> {
                items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(tables.auth())
                        .key(LoginItems.linkKey(old)).build()).build());
                onFailure.add(CommitOutcome.ADDRESS_RACE);
            });
        });
        attempt.link().ifPresent(link -> {
            items.add(putNew(tables, LoginItems.linkItem(link)));
            onFailure.add(CommitOutcome.ADDRESS_RACE);
        });
        extra.forEach(item -> {
            items.add(item);
            onFailure.add(CommitOutcome.ADDRESS_RACE);
        });
        DeliveryItems.puts(tables.auth(), attempt.deliveries()).forEach(item -> {
            items.add(item);
            onFailure.add(CommitOutcome.ADDRESS_RACE);
        });
        attempt.journal().ifPresent(journal -> items.addAll(DynamoEventStore.record(tables, journal)));
        Instant purgeAt = attempt.address().map(LoginAttempt.AddressUpdate::purgeAt)
                .or(() -> attempt.captcha().map(LoginAttempt.UsedCaptcha::expiresAt)).orElse(Instant.EPOCH);
        for (int i = 0; i < attempt.padding(); i++) {
            items.add(pad(tables, purgeAt));
        }
        var failure = Transactions.write(dynamo, items);
        if (failure.isPresent() && attempt.journal().isPresent()) {
            JournalItems.throwIfMoved(failure.get(), attempt.journal().get());
        }
        return failure.map(reasons -> Transactions.firstFailed(reasons, onFailure, CommitOutcome.ADDRESS_RACE))
                .orElse(CommitOutcome.RECORDED);
    }

    /**
     * An item of no meaning (a random key, purged with the address's state), standing in for the writes
     * of an account's events, link and email, so that an address without an account costs the same
     * transaction as one with: writes, not condition checks, because a write is what costs (issue 10's
     * timing benchmark saw condition checks answer ~3 ms sooner on DynamoDB Local; updates, as the
     * account's head moves are). Random, so that
     * concurrent requests never contend on it.
     */
    private static TransactWriteItem pad(TableNames tables, Instant purgeAt) {
        return TransactWriteItem.builder().update(Update.builder().tableName(tables.auth())
                .key(Map.of("pk", s("PAD#" + UUID.randomUUID()))).updateExpression("SET #purge = :purge")
                .expressionAttributeNames(Map.of("#purge", Tables.PURGE_AT))
                .expressionAttributeValues(Map.of(":purge", time(purgeAt))).build()).build();
    }

    static TransactWriteItem putNew(TableNames tables, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(tables.auth()).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    @Override
    public Optional<PendingLink> findLink(String tokenHash) {
        var item = dynamo.getItem(r -> r.tableName(tables.auth()).key(LoginItems.linkKey(tokenHash))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(LoginItems.toLink(item));
    }

    @Override
    public boolean redeem(PendingLink link, Grant grant, Appendix journal) {
        UserKey user = new UserKey(link.accountId(), link.userId());
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(tables.auth())
                        .key(LoginItems.linkKey(link.tokenHash()))
                        .updateExpression("SET usedAt = :now")
                        .conditionExpression("attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :now")
                        .expressionAttributeValues(Map.of(":now", time(now(grant)))).build()).build(),
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(tables.auth())
                        .key(LoginItems.addressKey(link.addressKey()))
                        .conditionExpression("contains(" + LoginItems.LIVE_LINKS + ", :link)")
                        .expressionAttributeValues(Map.of(":link", s(link.tokenHash()))).build()).build(),
                UserItems.activeAt(tables.directory(), user, link.securityVersion(), journal),
                UserItems.claimHead(tables.directory(), journal)));
        List<RedeemFailure> onFailure = new ArrayList<>(List.of(RedeemFailure.USED, RedeemFailure.SUPERSEDED,
                RedeemFailure.ACCOUNT_CHANGED, RedeemFailure.ACCOUNT_CHANGED));
        switch (grant) {
            case Grant.SessionGrant g -> {
                items.add(SessionItems.putNew(tables.sessions(), g.session()));
                onFailure.add(RedeemFailure.USED);
            }
            case Grant.ChallengeGrant g -> {
                items.add(ChallengeItems.putNew(tables.auth(), g.challenge()));
                onFailure.add(RedeemFailure.USED);
                items.add(TransactWriteItem.builder().update(RateCounter.update(tables.auth(), g.numberWindow())).build());
                onFailure.add(RedeemFailure.NUMBER_FULL);
            }
        }
        items.addAll(EventItems.puts(tables, journal));
        var reasons = Transactions.write(dynamo, items);
        if (reasons.isEmpty()) {
            return true;
        }
        JournalItems.throwIfMoved(reasons.get(), journal);
        RedeemFailure failure = Transactions.firstFailed(reasons.get(), onFailure, RedeemFailure.USED);
        if (failure == RedeemFailure.NUMBER_FULL) {
            return false;
        }
        throw new LinkInvalid(failure.reason);
    }

    @Override
    public boolean deny(PendingLink link, Appendix journal, int maxDenials) {
        Map<String, AttributeValue> values = new HashMap<>(JournalItems.hintValues(journal.next()));
        values.put(":one", n(1));
        values.put(":max", n(maxDenials));
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(tables.auth())
                .key(LoginItems.linkKey(link.tokenHash()))
                .updateExpression("SET " + JournalItems.setHint() + " ADD " + LoginItems.DENIALS + " :one")
                .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(" + LoginItems.DENIALS + ") OR "
                        + LoginItems.DENIALS + " < :max)")
                .expressionAttributeValues(values).build()).build());
        items.addAll(DynamoEventStore.record(tables, journal));
        var reasons = Transactions.write(dynamo, items);
        reasons.ifPresent(r -> JournalItems.throwIfMoved(r, journal));
        return reasons.isEmpty();
    }

    /** Which condition of the redeem transaction failed. */
    private enum RedeemFailure {
        USED(LinkInvalid.Reason.USED), SUPERSEDED(LinkInvalid.Reason.SUPERSEDED),
        ACCOUNT_CHANGED(LinkInvalid.Reason.ACCOUNT_CHANGED), NUMBER_FULL(null);

        private final LinkInvalid.Reason reason;

        RedeemFailure(LinkInvalid.Reason reason) {
            this.reason = reason;
        }
    }

    private static Instant now(Grant grant) {
        return switch (grant) {
            case Grant.SessionGrant g -> g.session().createdAt();
            case Grant.ChallengeGrant g -> g.challenge().lastSentAt();
        };
    }
}
