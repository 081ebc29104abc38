package com.secureexchanges.portal.core.domain;

import java.util.Locale;

/** Where an account's claim on a domain stands (SPEC U4). */
public enum DomainStatus {
    /** Added; its record not seen yet. Blocks no one. */
    PENDING,
    /** Its record was seen: the account's users may have addresses at it, and no other account may claim it. */
    VERIFIED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DomainStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
