package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.n;

import com.secureexchanges.portal.core.license.SeatChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One write of the account item in a transaction that moves several of its counters at once (a transaction
 * may touch an item only once): its active administrators, its licences per plan, its billing anchor, each
 * with the condition that keeps it in range. With nothing to move it is a check that the account exists.
 * On a failed condition the item as it was comes back, so the caller can say which rule refused.
 */
final class AccountUpdate {

    private final List<String> adds = new ArrayList<>();
    private final List<String> sets = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>(List.of("attribute_exists(pk)"));
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();

    /** Moves the count of active administrators; it may never fall below one. */
    AccountUpdate administrators(int delta) {
        if (delta != 0) {
            adds.add(AccountItems.ADMINS + " :admins");
            values.put(":admins", n(delta));
        }
        if (delta < 0) {
            conditions.add(AccountItems.ADMINS + " >= :fewestAdmins");
            values.put(":fewestAdmins", n(1L - delta));
        }
        return this;
    }

    /**
     * Moves the seats of each plan named (changes of one plan added up first): never fewer than none free
     * (nor in all), never more than {@code maxPerPlan} in all.
     */
    AccountUpdate seats(List<SeatChange> changes, long maxPerPlan) {
        Map<String, long[]> byPlan = new java.util.TreeMap<>();
        for (SeatChange change : changes) {
            long[] sum = byPlan.computeIfAbsent(change.plan(), p -> new long[2]);
            sum[0] += change.total();
            sum[1] += change.free();
        }
        byPlan.forEach((plan, sum) -> seats(new SeatChange(plan, sum[0], sum[1]), maxPerPlan));
        return this;
    }

    private void seats(SeatChange change, long maxPerPlan) {
        String i = Integer.toString(names.size());
        String total = "#total" + i;
        String free = "#free" + i;
        if (change.total() != 0) {
            names.put(total, AccountItems.TOTAL + change.plan());
            adds.add(total + " :total" + i);
            values.put(":total" + i, n(change.total()));
            if (change.total() > 0) {
                conditions.add("(attribute_not_exists(" + total + ") OR " + total + " <= :most" + i + ")");
                values.put(":most" + i, n(maxPerPlan - change.total()));
            } else {
                conditions.add(total + " >= :fewestTotal" + i);
                values.put(":fewestTotal" + i, n(-change.total()));
            }
        }
        if (change.free() != 0) {
            names.put(free, AccountItems.FREE + change.plan());
            adds.add(free + " :free" + i);
            values.put(":free" + i, n(change.free()));
            if (change.free() < 0) {
                conditions.add(free + " >= :fewestFree" + i);
                values.put(":fewestFree" + i, n(-change.free()));
            }
        }
    }

    /**
     * The billing anchor as the writer saw it: unchanged ({@code seen} present), or (none seen) set to
     * {@code anchor} where still none is, so two first orders at once cannot both price a first period.
     */
    AccountUpdate anchor(Optional<Instant> seen, Instant anchor) {
        if (seen.isPresent()) {
            conditions.add(AccountItems.ANCHOR + " = :seenAnchor");
            values.put(":seenAnchor", Attrs.time(seen.get()));
        } else {
            conditions.add("attribute_not_exists(" + AccountItems.ANCHOR + ")");
            sets.add(AccountItems.ANCHOR + " = :anchor");
            values.put(":anchor", Attrs.time(anchor));
        }
        return this;
    }

    TransactWriteItem write(String table, String accountId) {
        String condition = String.join(" AND ", conditions);
        if (adds.isEmpty() && sets.isEmpty()) {
            return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                    .key(AccountItems.key(accountId)).conditionExpression(condition)
                    .expressionAttributeNames(names.isEmpty() ? null : names)
                    .expressionAttributeValues(values.isEmpty() ? null : values)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
        }
        String update = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets) + " ")
                + (adds.isEmpty() ? "" : "ADD " + String.join(", ", adds));
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(AccountItems.key(accountId))
                .updateExpression(update.strip()).conditionExpression(condition)
                .expressionAttributeNames(names.isEmpty() ? null : names)
                .expressionAttributeValues(values.isEmpty() ? null : values)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
    }
}
