package com.secureexchanges.portal.adapter.dynamodb;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** {@code TransactWriteItems} with its cancellation reasons turned into domain outcomes. */
final class Transactions {

    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String CONFLICT = "TransactionConflict";

    private Transactions() {
    }

    /**
     * Writes the items; retries up to {@code conflictRetries} times while the only cause of
     * cancellation is a conflict with another transaction.
     *
     * @return empty on success, else the cancellation reasons (one per item)
     */
    static Optional<List<CancellationReason>> write(DynamoDbClient dynamo, List<TransactWriteItem> items,
                                                    int conflictRetries) {
        for (int attempt = 0; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return Optional.empty();
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                boolean onlyConflict = reasons.stream().noneMatch(r -> CONDITION_FAILED.equals(r.code()))
                        && reasons.stream().anyMatch(r -> CONFLICT.equals(r.code()));
                if (!onlyConflict || attempt >= conflictRetries) {
                    return Optional.of(reasons);
                }
            }
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
