package com.secureexchanges.portal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a function may do with one table, and nothing more: the CDK stack grants each {@link Action} on
 * the table's ARN, {@code Query} on the ARN of each index named, and the conditional update of
 * {@link #pseudonymises}; {@code EventsTest} replays the sample events through the handlers and fails on
 * any DynamoDB call that this does not cover.
 *
 * @param actions       what the function does with the table's items ({@link Action#QUERY}: queries on the
 *                      table's own key)
 * @param indexes       the indexes it queries (global or local), each granted {@code Query} on its own ARN
 * @param pseudonymises {@code UpdateItem} that names only {@link #PERSONAL_ATTRIBUTES} and reads nothing
 *                      back (IAM checks both): a deleted user's events are pseudonymised (SPEC U3)
 */
public record TableAccess(TableSpec table, Set<Action> actions, List<IndexSpec> indexes, boolean pseudonymises) {

    /**
     * The DynamoDB actions the portal's code uses. {@code TransactWriteItems} is no IAM action of its own:
     * each of its items needs the action it stands for ({@code Put} → {@link #PUT_ITEM}, {@code Update} →
     * {@link #UPDATE_ITEM}, {@code Delete} → {@link #DELETE_ITEM}, {@code ConditionCheck} →
     * {@link #CONDITION_CHECK_ITEM}) on its table. No code scans a table or batch-writes, so those
     * actions are not even named.
     */
    public enum Action {
        GET_ITEM("GetItem"), BATCH_GET_ITEM("BatchGetItem"), QUERY("Query"), PUT_ITEM("PutItem"),
        UPDATE_ITEM("UpdateItem"), DELETE_ITEM("DeleteItem"), CONDITION_CHECK_ITEM("ConditionCheckItem");

        private final String operation;

        Action(String operation) {
            this.operation = operation;
        }

        /** The name of the DynamoDB operation (and of the IAM action without its prefix), e.g. {@code GetItem}. */
        public String operation() {
            return operation;
        }

        /** The IAM action, e.g. {@code dynamodb:GetItem}. */
        public String iamAction() {
            return "dynamodb:" + operation;
        }
    }

    /** What pseudonymisation may touch of a stored event: its key, and its personal data. */
    public static final List<String> PERSONAL_ATTRIBUTES = List.of("pk", "seq", "ip", "browser",
            "details", "salt");

    public TableAccess {
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        indexes = List.copyOf(indexes);
        for (IndexSpec index : indexes) {
            if (!table.indexes().contains(index) && !table.localIndexes().contains(index)) {
                throw new IllegalArgumentException(index.name() + " is no index of " + table.id());
            }
        }
        if (actions.isEmpty() && indexes.isEmpty() && !pseudonymises) {
            throw new IllegalArgumentException("an access to " + table.id() + " that allows nothing");
        }
    }

    /** These actions on the table's items; {@link #queryingIndexes} and {@link #pseudonymising} add to it. */
    public static TableAccess on(TableSpec table, Action... actions) {
        return new TableAccess(table, Set.of(actions), List.of(), false);
    }

    /** The same, and {@code Query} on these indexes of the table. */
    public TableAccess queryingIndexes(IndexSpec... more) {
        List<IndexSpec> all = new ArrayList<>(indexes);
        all.addAll(Arrays.asList(more));
        return new TableAccess(table, actions, all, pseudonymises);
    }

    /** The same, and the pseudonymisation of stored events. */
    public TableAccess pseudonymising() {
        return new TableAccess(table, actions, indexes, true);
    }

    /**
     * Whether nothing stored can be changed or deleted through this access (pseudonymisation aside): it
     * may add items and read, no more. The event log is append-only for every function (SPEC E4).
     */
    public boolean appendOnly() {
        return !actions.contains(Action.UPDATE_ITEM) && !actions.contains(Action.DELETE_ITEM);
    }

    /**
     * Whether a call of {@code action} on the table, or with {@code index} on that index, is covered (the
     * pseudonymising update is {@link #pseudonymises}, whose conditions only the caller can check).
     */
    public boolean allows(Action action, Optional<String> index) {
        return index.map(name -> action == Action.QUERY && indexes.stream().anyMatch(i -> i.name().equals(name)))
                .orElse(actions.contains(action));
    }
}
