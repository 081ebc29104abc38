package com.secureexchanges.portal.config;

/**
 * What a function may do with a table.
 *
 * @param mode {@link Mode#READ}, {@link Mode#READ_WRITE}, or {@link Mode#APPEND}: only {@code PutItem}
 *             (always with a condition in the code) and {@code Query}, so that nothing stored can be
 *             changed or deleted by the functions (the event log, SPEC E4)
 */
public record TableAccess(TableSpec table, Mode mode) {

    public enum Mode { READ, READ_WRITE, APPEND }

    public static TableAccess read(TableSpec table) {
        return new TableAccess(table, Mode.READ);
    }

    public static TableAccess readWrite(TableSpec table) {
        return new TableAccess(table, Mode.READ_WRITE);
    }

    public static TableAccess append(TableSpec table) {
        return new TableAccess(table, Mode.APPEND);
    }

    /** Whether the function may add items (any mode but {@link Mode#READ}). */
    public boolean write() {
        return mode != Mode.READ;
    }
}
