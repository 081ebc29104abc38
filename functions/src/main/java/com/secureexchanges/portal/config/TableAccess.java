package com.secureexchanges.portal.config;

import java.util.List;

/**
 * What a function may do with a table.
 *
 * @param mode {@link Mode#READ}, {@link Mode#READ_WRITE}, or {@link Mode#APPEND}: only {@code PutItem}
 *             (always with a condition in the code) and {@code Query}, so that nothing stored can be
 *             changed or deleted by the functions (the event log, SPEC E4); or
 *             {@link Mode#APPEND_AND_PSEUDONYMISE}: the same, and {@code UpdateItem} of the personal
 *             attributes only ({@link #PERSONAL_ATTRIBUTES}), for deleting a user (SPEC U3)
 */
public record TableAccess(TableSpec table, Mode mode) {

    public enum Mode { READ, READ_WRITE, APPEND, APPEND_AND_PSEUDONYMISE }

    /** What pseudonymisation may touch of a stored event: its key, and its personal data. */
    public static final List<String> PERSONAL_ATTRIBUTES = List.of("pk", "seq", "ip", "browser",
            "details", "salt");

    public static TableAccess read(TableSpec table) {
        return new TableAccess(table, Mode.READ);
    }

    public static TableAccess readWrite(TableSpec table) {
        return new TableAccess(table, Mode.READ_WRITE);
    }

    public static TableAccess append(TableSpec table) {
        return new TableAccess(table, Mode.APPEND);
    }

    public static TableAccess appendAndPseudonymise(TableSpec table) {
        return new TableAccess(table, Mode.APPEND_AND_PSEUDONYMISE);
    }

    /** Whether the function may append (and only append) to the table. */
    public boolean appends() {
        return mode == Mode.APPEND || mode == Mode.APPEND_AND_PSEUDONYMISE;
    }

    /** Whether the function may add items (any mode but {@link Mode#READ}). */
    public boolean write() {
        return mode != Mode.READ;
    }
}
