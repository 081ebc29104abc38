package com.secureexchanges.portal.adapter.dynamodb;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.account.UserKey;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.license.Billing;
import com.secureexchanges.portal.core.license.LicensePolicy;
import com.secureexchanges.portal.core.license.SeatChange;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.userimport.ImportDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The import's reads and writes in the directory: claims on addresses, then the account's own users,
 * read 100 keys per {@code BatchGetItem}; users created in {@code TransactWriteItems} of up to 100
 * items (each user's item, claim and first events, the licence they hold, and the account's item once,
 * its administrators and free licences moved with their conditions). A transaction fails
 * as a whole, so when one user's condition fails (their address claimed meanwhile), the cancellation
 * reasons say whose, that user is set aside and the others are written again: users stay independent.
 */
public final class DynamoImportDirectory implements ImportDirectory {

    /** DynamoDB's limits: keys per {@code BatchGetItem}, items per transaction. */
    static final int BATCH_KEYS = 100;
    static final int TRANSACTION_ITEMS = 100;
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final int ACCOUNT = -1;

    private final DynamoDbClient dynamo;
    private final TableNames tables;

    public DynamoImportDirectory(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    @Override
    public Map<EmailAddress, Holder> holders(String accountId, Collection<EmailAddress> addresses) {
        Map<EmailAddress, Holder> out = new LinkedHashMap<>();
        Map<String, EmailAddress> ours = new LinkedHashMap<>();
        List<Map<String, AttributeValue>> claimKeys = new LinkedHashSet<>(addresses).stream()
                .map(UserItems::emailKey).toList();
        for (Map<String, AttributeValue> claim : read(claimKeys)) {
            EmailAddress email = UserItems.toIdentity(claim).email();
            if (accountId.equals(Attrs.str(claim, "accountId"))) {
                ours.put(Attrs.str(claim, "userId"), email);
            } else {
                out.put(email, Holder.ELSEWHERE);
            }
        }
        List<Map<String, AttributeValue>> userKeys = ours.keySet().stream()
                .map(id -> UserItems.userKey(new UserKey(accountId, id))).toList();
        for (Map<String, AttributeValue> item : read(userKeys)) {
            User user = UserItems.toUser(item);
            out.put(ours.remove(user.id()), new Holder(Optional.of(user)));
        }
        // A claim whose user item is missing cannot be used by this account either.
        ours.values().forEach(email -> out.put(email, Holder.ELSEWHERE));
        return out;
    }

    private List<Map<String, AttributeValue>> read(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_KEYS) {
            found.addAll(Reads.batch(dynamo, tables.directory(), keys.subList(from, Math.min(keys.size(),
                    from + BATCH_KEYS))));
        }
        return found;
    }

    @Override
    public List<Written> createAll(List<Creation> creations) {
        Written[] out = new Written[creations.size()];
        List<Integer> batch = new ArrayList<>();
        int items = 1;
        for (int i = 0; i < creations.size(); i++) {
            int size = itemsOf(creations.get(i)).size();
            if (items + size > TRANSACTION_ITEMS && !batch.isEmpty()) {
                write(creations, batch, out);
                batch = new ArrayList<>();
                items = 1;
            }
            batch.add(i);
            items += size;
        }
        if (!batch.isEmpty()) {
            write(creations, batch, out);
        }
        return Arrays.asList(out);
    }

    private List<TransactWriteItem> itemsOf(Creation c) {
        return DynamoUserDirectory.creation(tables, c.user(), c.journal());
    }

    /**
     * Writes one transaction's users; those whose condition failed are set aside and the rest written again.
     * When the account's seats refused (licences taken meanwhile), the licensed users past the free ones, as
     * the account's item says now, are set aside as {@code NO_LICENSE}.
     */
    private void write(List<Creation> creations, List<Integer> batch, Written[] out) {
        List<Integer> left = new ArrayList<>(batch);
        while (!left.isEmpty()) {
            List<TransactWriteItem> items = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            String accountId = creations.get(left.getFirst()).user().accountId();
            int administrators = (int) left.stream().filter(i -> creations.get(i).user().activeAdministrator()).count();
            List<SeatChange> taken = left.stream().flatMap(i -> creations.get(i).user().license().stream())
                    .map(license -> SeatChange.taken(license.plan())).toList();
            items.add(new AccountUpdate().administrators(administrators).seats(taken, LicensePolicy.MAX_PER_PLAN)
                    .write(tables.directory(), accountId));
            owners.add(ACCOUNT);
            for (int i : left) {
                if (!creations.get(i).user().accountId().equals(accountId)) {
                    throw new IllegalArgumentException("an import creates users of one account");
                }
                List<TransactWriteItem> own = itemsOf(creations.get(i));
                items.addAll(own);
                own.forEach(item -> owners.add(i));
            }
            Optional<List<CancellationReason>> failure;
            try {
                failure = Transactions.write(dynamo, items);
            } catch (Conflict busy) {
                left.forEach(i -> out[i] = Written.BUSY);
                return;
            }
            if (failure.isEmpty()) {
                left.forEach(i -> out[i] = Written.CREATED);
                return;
            }
            Set<Integer> refused = refused(failure.get(), owners);
            if (refused.remove(ACCOUNT)) {
                Map<String, AttributeValue> account = failure.get().getFirst().item();
                if (account == null || account.isEmpty() || taken.isEmpty()) {
                    throw new IllegalStateException("the importing account does not exist");
                }
                unseated(creations, left, AccountItems.billing(account)).forEach(i -> {
                    out[i] = Written.NO_LICENSE;
                    left.remove(i);
                });
            }
            refused.forEach(i -> out[i] = Written.TAKEN);
            left.removeAll(refused);
        }
    }

    /** The licensed creations, in order, past the free licences of their plan in {@code billing}. */
    private static List<Integer> unseated(List<Creation> creations, List<Integer> left, Billing billing) {
        Map<String, Long> free = new HashMap<>();
        List<Integer> out = new ArrayList<>();
        for (int i : left) {
            creations.get(i).user().license().ifPresent(license -> {
                long seats = free.computeIfAbsent(license.plan(), plan -> billing.seats(plan).free());
                if (seats > 0) {
                    free.put(license.plan(), seats - 1);
                } else {
                    out.add(i);
                }
            });
        }
        return out;
    }

    /** The creations that own an item whose condition failed. */
    private static Set<Integer> refused(List<CancellationReason> reasons, List<Integer> owners) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < reasons.size() && i < owners.size(); i++) {
            if (CONDITION_FAILED.equals(reasons.get(i).code())) {
                out.add(owners.get(i));
            }
        }
        return out;
    }
}
