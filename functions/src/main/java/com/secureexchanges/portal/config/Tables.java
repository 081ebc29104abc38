package com.secureexchanges.portal.config;

import java.util.List;
import java.util.Optional;

/** The portal's tables. Plain Java on purpose: the CDK app reads it without the AWS SDK. */
public final class Tables {

    public static final String PURGE_AT = "purgeAt";

    /** Lasting data: accounts, users and the claim on each user's address. */
    public static final TableSpec DIRECTORY = new TableSpec("directory", "TABLE_DIRECTORY",
            KeyAttribute.string("pk"), Optional.of(KeyAttribute.string("sk")), Optional.empty(), true, List.of());

    /** Short-lived sign-in state: links, address throttles, used captchas, rate counters. */
    public static final TableSpec AUTH = new TableSpec("auth", "TABLE_AUTH",
            KeyAttribute.string("pk"), Optional.empty(), Optional.of(PURGE_AT), false, List.of());

    /** Sessions, by keyed hash of their id; listed per user through {@code byUser}. */
    public static final TableSpec SESSIONS = new TableSpec("sessions", "TABLE_SESSIONS",
            KeyAttribute.string("pk"), Optional.empty(), Optional.of(PURGE_AT), false,
            List.of(new IndexSpec("byUser", KeyAttribute.string("userId"), KeyAttribute.number("createdAt"))));

    private Tables() {
    }

    public static List<TableSpec> all() {
        return List.of(DIRECTORY, AUTH, SESSIONS);
    }
}
