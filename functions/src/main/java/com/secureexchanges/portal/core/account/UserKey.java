package com.secureexchanges.portal.core.account;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a user lives: inside one account. Every account-owned lookup takes one of these, so nothing
 * is ever found by a user id alone (SPEC A0, U6).
 */
public record UserKey(String accountId, String userId) {

    /** Ids are opaque: letters, digits, {@code _} and {@code -} only, so they need no escaping anywhere. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public UserKey {
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(userId);
        if (!ID.matcher(accountId).matches() || !ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("not an id");
        }
    }

    /** Whether {@code raw} has the shape of an id (anything else cannot exist, so is simply not found). */
    public static boolean isId(String raw) {
        return raw != null && ID.matcher(raw).matches();
    }
}
