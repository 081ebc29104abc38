package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;

import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.license.HeldLicense;
import com.secureexchanges.portal.core.user.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The transaction items that move licences between the pool and users, for every writer that does
 * (assigning, removing, transferring, upgrading, deleting a user, creating one with a licence, and a
 * sign-up): the holder's item with its condition on what they hold, the licence's own item with its
 * condition on who holds it, and the seats that move on the account item ({@link AccountUpdate}).
 */
final class LicenseWrites {

    private LicenseWrites() {
    }

    /**
     * The write of the holder's item that moves their chain's head (to {@code journal.next()}) and sets what
     * {@code after} holds, if they hold what {@code before} holds and are not deleted.
     */
    static TransactWriteItem holder(String table, User before, User after, Appendix journal) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":deleted", s(UserItems.DELETED));
        String condition = UserItems.STATUS + " <> :deleted AND " + holds(before.license(), values);
        String set = "";
        String remove = "";
        if (after.license().isPresent()) {
            HeldLicense license = after.license().get();
            set = LicenseItems.ID + " = :newId, " + LicenseItems.PLAN + " = :newPlan, " + LicenseItems.SINCE
                    + " = :newSince";
            values.put(":newId", s(license.id()));
            values.put(":newPlan", s(license.plan()));
            values.put(":newSince", Attrs.time(license.since()));
        } else {
            remove = LicenseItems.ID + ", " + LicenseItems.PLAN + ", " + LicenseItems.SINCE;
        }
        return JournalItems.moveHead(table, UserItems.userKey(before.key()), journal, set, remove, condition, values);
    }

    private static String holds(Optional<HeldLicense> license, Map<String, AttributeValue> values) {
        if (license.isEmpty()) {
            return "attribute_not_exists(" + LicenseItems.ID + ")";
        }
        values.put(":heldId", s(license.get().id()));
        values.put(":heldPlan", s(license.get().plan()));
        return LicenseItems.ID + " = :heldId AND " + LicenseItems.PLAN + " = :heldPlan";
    }

    /**
     * The writes of the licences' own items when {@code before}'s licence becomes {@code after}'s: the old
     * one deleted (if this user held it), the new one put (if no licence has its id), or, for one licence
     * moving to another plan, its plan changed.
     */
    static List<TransactWriteItem> licenses(String table, User before, User after) {
        Optional<HeldLicense> old = before.license();
        Optional<HeldLicense> next = after.license();
        List<TransactWriteItem> items = new ArrayList<>();
        if (old.isPresent() && next.isPresent() && old.get().id().equals(next.get().id())) {
            items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(LicenseItems.key(before.accountId(), old.get().id()))
                    .updateExpression("SET #plan = :to").conditionExpression("userId = :holder AND #plan = :from")
                    .expressionAttributeNames(Map.of("#plan", "plan"))
                    .expressionAttributeValues(Map.of(":to", s(next.get().plan()), ":from", s(old.get().plan()),
                            ":holder", s(before.id()))).build()).build());
            return items;
        }
        old.ifPresent(license -> items.add(release(table, before.accountId(), license.id(), before.id())));
        next.ifPresent(license -> items.add(LicenseItems.create(table, after)));
        return items;
    }

    /** The deletion of a licence's item, if {@code holderId} holds it. */
    static TransactWriteItem release(String table, String accountId, String licenseId, String holderId) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(LicenseItems.key(accountId, licenseId)).conditionExpression("userId = :holder")
                .expressionAttributeValues(Map.of(":holder", s(holderId))).build()).build();
    }

    /** Everything one user's licence change writes but the account item: holder, claim's head, licences, events. */
    static List<TransactWriteItem> change(TableNames tables, User before, User after, Appendix journal) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(holder(tables.directory(), before, after, journal));
        items.add(UserItems.claimHead(tables.directory(), journal));
        items.addAll(licenses(tables.directory(), before, after));
        items.addAll(EventItems.puts(tables, journal));
        return items;
    }
}
