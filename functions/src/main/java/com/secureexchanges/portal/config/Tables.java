package com.secureexchanges.portal.config;

import java.util.List;
import java.util.Optional;

/** The portal's tables. Plain Java on purpose: the CDK app reads it without the AWS SDK. */
public final class Tables {

    public static final String PURGE_AT = "purgeAt";

    /** The directory's indexes of an account's users, by name and by address (see {@link #DIRECTORY}). */
    public static final IndexSpec USERS_BY_NAME = new IndexSpec("usersByName", KeyAttribute.string("accountId"),
            KeyAttribute.string("nameKey"));
    public static final IndexSpec USERS_BY_EMAIL = new IndexSpec("usersByEmail", KeyAttribute.string("accountId"),
            KeyAttribute.string("emailKey"));
    /** A user's sessions, newest first. */
    public static final IndexSpec SESSIONS_BY_USER = new IndexSpec("byUser", KeyAttribute.string("userId"),
            KeyAttribute.number("createdAt"));
    /** A user's events in time order, a local index of {@link #EVENTS}. */
    public static final IndexSpec EVENTS_BY_TIME = new IndexSpec("byTime", KeyAttribute.string("pk"),
            KeyAttribute.string("atSeq"));

    /**
     * Lasting data: accounts, their users (under {@code ACCOUNT#<id>}), the claim on each user's
     * address (which carries what sign-in reads) and on each approved domain. The two indexes list an
     * account's users by name and by address (only the items of users who are not deleted have those
     * attributes); they only list, they never decide.
     */
    public static final TableSpec DIRECTORY = new TableSpec("directory", "TABLE_DIRECTORY",
            KeyAttribute.string("pk"), Optional.of(KeyAttribute.string("sk")), Optional.empty(), true,
            List.of(USERS_BY_NAME, USERS_BY_EMAIL), List.of(), false);

    /** The start of the key of a delivery waiting in {@link #AUTH} (the outbox). */
    public static final String DELIVERY_PREFIX = "DELIVERY#";

    /**
     * Short-lived sign-in state: links, address throttles, used captchas, rate counters; and the
     * outbox: deliveries ({@code DELIVERY#<id>}) waiting to be sent, which its stream hands to the
     * deliveries function.
     */
    public static final TableSpec AUTH = new TableSpec("auth", "TABLE_AUTH",
            KeyAttribute.string("pk"), Optional.empty(), Optional.of(PURGE_AT), false, List.of(), List.of(), true);

    /** Sessions, by keyed hash of their id; listed per user through {@code byUser}. */
    public static final TableSpec SESSIONS = new TableSpec("sessions", "TABLE_SESSIONS",
            KeyAttribute.string("pk"), Optional.empty(), Optional.of(PURGE_AT), false,
            List.of(SESSIONS_BY_USER), List.of(), false);

    /**
     * The event log (SPEC E): one hash chain per user, {@code pk = ACCOUNT#<account>#USER#<user>},
     * {@code seq = 1, 2, 3…}; {@code byTime} orders a user's events by time for date ranges. Append-only:
     * the functions may only put (with a condition) and query it. A local index can only be created
     * with its table: changing {@code byTime} later means a new table (and a copy of the log).
     */
    public static final TableSpec EVENTS = new TableSpec("events", "TABLE_EVENTS",
            KeyAttribute.string("pk"), Optional.of(KeyAttribute.number("seq")), Optional.of(PURGE_AT), true,
            List.of(), List.of(EVENTS_BY_TIME), false);

    private Tables() {
    }

    public static List<TableSpec> all() {
        return List.of(DIRECTORY, AUTH, SESSIONS, EVENTS);
    }
}
