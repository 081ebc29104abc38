package com.secureexchanges.portal.core.userimport;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of an import file, as read: its number (1 is the first line under the header) and its
 * values by column, stripped ({@code ""} when empty or absent).
 *
 * @param extraColumns whether the row had more (non-empty) values than the header has columns
 */
public record ImportRow(int number, Map<ImportColumn, String> values, boolean extraColumns) {

    public ImportRow {
        Map<ImportColumn, String> all = new EnumMap<>(ImportColumn.class);
        for (ImportColumn column : ImportColumn.values()) {
            String value = values.get(column);
            all.put(column, value == null ? "" : value.strip());
        }
        values = Map.copyOf(all);
    }

    public String value(ImportColumn column) {
        return values.get(column);
    }

    public boolean given(ImportColumn column) {
        return !value(column).isEmpty();
    }
}
