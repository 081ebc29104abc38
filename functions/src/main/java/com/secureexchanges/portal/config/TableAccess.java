package com.secureexchanges.portal.config;

/** What a function may do with a table: read it, or read and write it. */
public record TableAccess(TableSpec table, boolean write) {

    public static TableAccess read(TableSpec table) {
        return new TableAccess(table, false);
    }

    public static TableAccess readWrite(TableSpec table) {
        return new TableAccess(table, true);
    }
}
