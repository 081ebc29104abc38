package com.secureexchanges.portal.config;

import java.util.Map;
import java.util.Objects;

/** The deployed names of the tables in {@link Tables}. */
public record TableNames(String directory, String auth, String sessions, String events) {

    public TableNames {
        Objects.requireNonNull(directory);
        Objects.requireNonNull(auth);
        Objects.requireNonNull(sessions);
        Objects.requireNonNull(events);
    }

    /** Names made of a prefix and each table's id, e.g. {@code portal-auth}. */
    public static TableNames prefixed(String prefix) {
        return new TableNames(prefix + Tables.DIRECTORY.id(), prefix + Tables.AUTH.id(),
                prefix + Tables.SESSIONS.id(), prefix + Tables.EVENTS.id());
    }

    public String nameOf(TableSpec spec) {
        return Map.of(Tables.DIRECTORY.id(), directory, Tables.AUTH.id(), auth, Tables.SESSIONS.id(), sessions,
                Tables.EVENTS.id(), events).get(spec.id());
    }
}
