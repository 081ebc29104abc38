package com.secureexchanges.portal.adapter.dynamodb;

import static com.secureexchanges.portal.adapter.dynamodb.Attrs.s;
import static com.secureexchanges.portal.adapter.dynamodb.Attrs.str;

import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.license.Billing;
import com.secureexchanges.portal.core.license.Seats;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The account item, {@code ACCOUNT#<id> / ACCOUNT}: first of its partition, which holds its users. It also
 * keeps the counters that must be exact, each changed with a condition in the transaction of the change
 * (see {@link AccountUpdate}): the active administrators, and per plan the licences of the pool
 * ({@code poolTotal_<plan>}) and how many of them are free ({@code poolFree_<plan>}); and the anchor of
 * the billing cycle. Every request reads it with its caller, so the pool costs no read of its own.
 */
final class AccountItems {

    static final String PREFIX = "ACCOUNT#";
    static final String STATUS = "accountStatus";
    /** How many active administrators the account has: changed with conditions, never below one. */
    static final String ADMINS = "activeAdmins";
    static final String TOTAL = "poolTotal_";
    static final String FREE = "poolFree_";
    static final String ANCHOR = "billingAnchor";

    private AccountItems() {
    }

    static Map<String, AttributeValue> key(String accountId) {
        return Map.of("pk", s(PREFIX + accountId), "sk", s("ACCOUNT"));
    }

    static Map<String, AttributeValue> item(Account account, int activeAdmins) {
        Map<String, AttributeValue> item = new HashMap<>(key(account.id()));
        item.put(ADMINS, Attrs.n(activeAdmins));
        item.put("accountId", s(account.id()));
        item.put("name", s(account.name()));
        item.put("createdAt", s(account.createdAt().toString()));
        item.put(STATUS, s(account.active() ? "active" : "suspended"));
        account.billing().anchor().ifPresent(anchor -> item.put(ANCHOR, Attrs.time(anchor)));
        account.billing().seats().forEach((plan, seats) -> {
            item.put(TOTAL + plan, Attrs.n(seats.total()));
            item.put(FREE + plan, Attrs.n(seats.free()));
        });
        return item;
    }

    static Account toAccount(Map<String, AttributeValue> item) {
        // The account created with the stack has no creation time (see FirstAdministrator).
        Instant createdAt = Attrs.optStr(item, "createdAt").map(Instant::parse).orElse(Instant.EPOCH);
        return new Account(str(item, "accountId"), str(item, "name"), createdAt, "active".equals(str(item, STATUS)),
                billing(item));
    }

    /** The pool and the anchor kept on an account item (as it is, or as a failed condition returned it). */
    static Billing billing(Map<String, AttributeValue> item) {
        Map<String, Seats> seats = new TreeMap<>();
        item.keySet().stream().filter(name -> name.startsWith(TOTAL)).forEach(name -> {
            String plan = name.substring(TOTAL.length());
            seats.put(plan, new Seats(Attrs.num(item, name), Attrs.num(item, FREE + plan)));
        });
        return new Billing(Attrs.optInstant(item, ANCHOR), seats);
    }
}
