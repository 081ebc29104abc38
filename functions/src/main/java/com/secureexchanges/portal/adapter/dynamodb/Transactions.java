package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Unavailable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@code TransactWriteItems} with its cancellation reasons read precisely: a failed condition is the
 * store's answer; a conflict with another transaction or throttling is nobody's answer, so the write
 * is tried again (nothing was written), and only then reported as a concurrent change.
 */
final class Transactions {

    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final Set<String> TRANSIENT = Set.of("None", "TransactionConflict", "ThrottlingError");
    private static final int ATTEMPTS = 4;

    private Transactions() {
    }

    /**
     * Writes the items.
     *
     * @return empty on success, else the cancellation reasons (one per item), of which at least one is a
     *         failed condition
     * @throws Conflict    when conflicts cancelled every attempt (nothing was written)
     * @throws Unavailable when throttling did (nothing was written: {@code 503}, try again later)
     */
    static Optional<List<CancellationReason>> write(DynamoDbClient dynamo, List<TransactWriteItem> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return Optional.empty();
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (reasons.stream().anyMatch(r -> CONDITION_FAILED.equals(r.code()))) {
                    return Optional.of(reasons);
                }
                if (!reasons.stream().allMatch(r -> TRANSIENT.contains(r.code()))) {
                    throw new IllegalStateException("transaction cancelled: " + codes(reasons), e);
                }
                if (attempt >= ATTEMPTS) {
                    if (reasons.stream().anyMatch(r -> "ThrottlingError".equals(r.code()))) {
                        throw new Unavailable(ErrorId.SERVICE_UNAVAILABLE);
                    }
                    throw Conflict.concurrentChange();
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Conflict.concurrentChange();
        }
    }

    /** The cancellation codes, for a failure message ("None, ConditionalCheckFailed"). */
    static String codes(List<CancellationReason> reasons) {
        return String.join(", ", reasons.stream().map(CancellationReason::code).toList());
    }

    /** The outcome paired with the first item whose condition failed, else {@code otherwise}. */
    static <T> T firstFailed(List<CancellationReason> reasons, List<T> outcomes, T otherwise) {
        for (int i = 0; i < reasons.size() && i < outcomes.size(); i++) {
            if (CONDITION_FAILED.equals(reasons.get(i).code())) {
                return outcomes.get(i);
            }
        }
        return otherwise;
    }
}
