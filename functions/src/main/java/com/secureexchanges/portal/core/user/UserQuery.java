package com.secureexchanges.portal.core.user;

import java.util.Optional;

/**
 * One page of an account's users: those whose name or address contains {@code text} (any case),
 * sorted by last and first name or by address, after {@code cursor}.
 */
public record UserQuery(Optional<String> text, Sort sort, Optional<String> cursor, int limit) {

    public enum Sort { NAME, EMAIL }
}
