package com.secureexchanges.portal.core.account;

import com.secureexchanges.portal.core.license.Billing;
import java.time.Instant;
import java.util.Objects;

/**
 * One organisation (SPEC A0): every user belongs to exactly one.
 *
 * @param active  false once the account is suspended: nobody of it can sign in or use a session
 * @param billing its licence pool and billing cycle (SPEC A4, P1), read with it
 */
public record Account(String id, String name, Instant createdAt, boolean active, Billing billing) {

    public static final int MAX_NAME = 200;

    /** An account that has bought nothing yet. */
    public Account(String id, String name, Instant createdAt, boolean active) {
        this(id, name, createdAt, active, Billing.NONE);
    }

    public Account {
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(billing);
        if (!UserKey.isId(id)) {
            throw new IllegalArgumentException("not an account id");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Account::hidden)) {
            throw new IllegalArgumentException("an account needs a name of at most " + MAX_NAME + " characters");
        }
    }

    public Account withBilling(Billing changed) {
        return new Account(id, name, createdAt, active, changed);
    }

    /** Control, line-separator and bidirectional-override characters: they let a name pass for another text. */
    private static boolean hidden(int c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
    }
}
