package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.core.license.HeldLicense;
import com.secureexchanges.portal.core.license.Holding;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.user.User;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Held licences in the directory. The holder's item says which licence they hold ({@code licenseId},
 * {@code licensePlan}, {@code licensedAt}: at most one, set only where none is, see {@link LicenseWrites});
 * the licence's own item, {@code ACCOUNT#<account> / LICENSE#<id>}, names its one holder ({@code userId},
 * with their address for the list), so an account's licences and who holds each are one query of its
 * partition. Free licences are counts on the account item ({@link AccountItems}), not items.
 */
final class LicenseItems {

    static final String PREFIX = "LICENSE#";
    static final String ID = "licenseId";
    static final String PLAN = "licensePlan";
    static final String SINCE = "licensedAt";

    private LicenseItems() {
    }

    /** Writes the licence a user holds onto their item. */
    static void putHeld(Map<String, AttributeValue> userItem, HeldLicense license) {
        userItem.put(ID, s(license.id()));
        userItem.put(PLAN, s(license.plan()));
        userItem.put(SINCE, Attrs.time(license.since()));
    }

    /** The licence a user item says its user holds. */
    static Optional<HeldLicense> held(Map<String, AttributeValue> userItem) {
        return Attrs.optStr(userItem, ID).map(id -> new HeldLicense(id, str(userItem, PLAN),
                Attrs.instant(userItem, SINCE)));
    }

    static Map<String, AttributeValue> key(String accountId, String licenseId) {
        return Map.of("pk", s(AccountItems.PREFIX + accountId), "sk", s(PREFIX + licenseId));
    }

    /** The item of the licence {@code holder} holds. */
    static Map<String, AttributeValue> item(User holder) {
        HeldLicense license = holder.license().orElseThrow();
        Map<String, AttributeValue> item = new HashMap<>(key(holder.accountId(), license.id()));
        item.put(ID, s(license.id()));
        item.put("plan", s(license.plan()));
        item.put("userId", s(holder.id()));
        item.put("email", s(holder.email().value()));
        item.put(SINCE, Attrs.time(license.since()));
        return item;
    }

    /** The put of a new licence's item for its holder, only where no licence has that id. */
    static TransactWriteItem create(String table, User holder) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(holder))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    static Holding toHolding(Map<String, AttributeValue> item) {
        return new Holding(new HeldLicense(str(item, ID), str(item, "plan"), Attrs.instant(item, SINCE)),
                str(item, "userId"), new EmailAddress(str(item, "email")));
    }
}
