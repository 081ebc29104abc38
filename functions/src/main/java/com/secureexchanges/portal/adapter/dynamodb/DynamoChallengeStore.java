package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.time;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.twofactor.AttemptResult;
import com.secureexchanges.portal.core.twofactor.Challenge;
import com.secureexchanges.portal.core.twofactor.ChallengeCompletion;
import com.secureexchanges.portal.core.twofactor.ChallengeStore;
import com.secureexchanges.portal.core.twofactor.SendOutcome;
import com.secureexchanges.portal.core.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** SMS challenges in DynamoDB; every method is one round trip, events included. */
public final class DynamoChallengeStore implements ChallengeStore, ChallengeCompletion {

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoChallengeStore(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    @Override
    public SendOutcome createEnrolment(Challenge challenge, Instant cooldownCutoff, List<RateWindow> windows,
                                       Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(tables.auth()).item(ChallengeItems.item(challenge))
                        .conditionExpression("attribute_not_exists(pk) OR lastSentAt <= :cutoff")
                        .expressionAttributeValues(Map.of(":cutoff", time(cooldownCutoff))).build()).build()));
        List<SendOutcome> outcomes = new ArrayList<>(List.of(SendOutcome.TOO_SOON));
        for (RateWindow window : windows) {
            items.add(TransactWriteItem.builder().update(RateCounter.update(tables.auth(), window)).build());
            outcomes.add(outcomes.size() == 1 ? SendOutcome.NUMBER_LIMIT : SendOutcome.ENROLMENT_LIMIT);
        }
        items.addAll(DynamoEventStore.record(tables, journal));
        return outcome(items, outcomes, journal);
    }

    @Override
    public Optional<Challenge> find(String key) {
        var item = dynamo.getItem(r -> r.tableName(tables.auth()).key(ChallengeItems.key(key)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ChallengeItems.toChallenge(item));
    }

    @Override
    public AttemptResult countAttempt(String key, Instant now, int maxAttempts) {
        try {
            var out = dynamo.updateItem(r -> r.tableName(tables.auth()).key(ChallengeItems.key(key))
                    .updateExpression("ADD attempts :one")
                    .conditionExpression("attribute_exists(pk) AND attempts < :max AND expiresAt > :now")
                    .expressionAttributeValues(Map.of(":one", n(1), ":max", n(maxAttempts), ":now", time(now)))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return new AttemptResult(true, Optional.of(ChallengeItems.toChallenge(out.attributes())));
        } catch (ConditionalCheckFailedException refused) {
            var old = refused.item();
            return new AttemptResult(false, old == null || old.isEmpty() ? Optional.empty()
                    : Optional.of(ChallengeItems.toChallenge(old)));
        }
    }

    @Override
    public SendOutcome replaceCode(Challenge seen, Challenge fresh, RateWindow numberWindow, Appendix journal) {
        Map<String, AttributeValue> values = new HashMap<>(JournalItems.hintValues(journal.next()));
        values.putAll(Map.of(":h", s(fresh.codeHash()), ":e", time(fresh.codeExpiresAt()),
                ":now", time(fresh.lastSentAt()), ":one", n(1), ":seen", n(seen.sends()), ":tried", n(seen.attempts())));
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(tables.auth())
                        .key(ChallengeItems.key(seen.key()))
                        .updateExpression("SET codeHash = :h, codeExpiresAt = :e, lastSentAt = :now, "
                                + JournalItems.setHint() + " ADD sends :one")
                        .conditionExpression("sends = :seen AND attempts = :tried AND expiresAt > :now")
                        .expressionAttributeValues(values).build()).build(),
                TransactWriteItem.builder().update(RateCounter.update(tables.auth(), numberWindow)).build(),
                UserItems.activeAt(tables.directory(), seen.chain().key(), seen.securityVersion(), journal),
                UserItems.claimHead(tables.directory(), journal)));
        items.addAll(EventItems.puts(tables, journal));
        return outcome(items, List.of(SendOutcome.TOO_SOON, SendOutcome.NUMBER_LIMIT, SendOutcome.USER_CHANGED,
                SendOutcome.USER_CHANGED), journal);
    }

    @Override
    public boolean completeLogin(Challenge solved, Session session, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(deleteSolved(solved),
                UserItems.activeAt(tables.directory(), solved.chain().key(), solved.securityVersion(), journal),
                UserItems.claimHead(tables.directory(), journal),
                SessionItems.putNew(tables.sessions(), session)));
        items.addAll(EventItems.puts(tables, journal));
        return written(items, journal);
    }

    @Override
    public boolean completeEnrolment(Challenge solved, User before, User after, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(deleteSolved(solved));
        items.addAll(UserItems.replace(tables.directory(), before, after, journal));
        items.addAll(EventItems.puts(tables, journal));
        return written(items, journal);
    }

    @Override
    public void recordGuess(Challenge counted, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        if (counted.key().startsWith(Challenge.LOGIN)) {
            items.add(TransactWriteItem.builder().update(Update.builder().tableName(tables.auth())
                    .key(ChallengeItems.key(counted.key())).updateExpression("SET " + JournalItems.setHint())
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(JournalItems.hintValues(journal.next())).build()).build());
        }
        items.addAll(DynamoEventStore.record(tables, journal));
        Optional<List<CancellationReason>> failure = Transactions.write(dynamo, items);
        if (failure.isPresent()) {
            JournalItems.throwIfMoved(failure.get(), journal);
            if (counted.key().startsWith(Challenge.LOGIN)) {
                // The challenge ended meanwhile (solved in another tab): the guess is still an event.
                Transactions.write(dynamo, DynamoEventStore.record(tables, journal))
                        .ifPresent(r -> JournalItems.throwIfMoved(r, journal));
            }
        }
    }

    /** Deletes the challenge if no resend replaced its code since it was counted. */
    private TransactWriteItem deleteSolved(Challenge solved) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(tables.auth())
                .key(ChallengeItems.key(solved.key()))
                .conditionExpression("codeHash = :h")
                .expressionAttributeValues(Map.of(":h", s(solved.codeHash()))).build()).build();
    }

    private boolean written(List<TransactWriteItem> items, Appendix journal) {
        var failure = Transactions.write(dynamo, items);
        failure.ifPresent(reasons -> JournalItems.throwIfMoved(reasons, journal));
        return failure.isEmpty();
    }

    private SendOutcome outcome(List<TransactWriteItem> items, List<SendOutcome> onFailure, Appendix journal) {
        var failure = Transactions.write(dynamo, items);
        failure.ifPresent(reasons -> JournalItems.throwIfMoved(reasons, journal));
        return failure.map(reasons -> Transactions.firstFailed(reasons, onFailure, SendOutcome.TOO_SOON))
                .orElse(SendOutcome.STORED);
    }
}
