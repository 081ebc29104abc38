package com.secureexchanges.portal.core.userimport;

import com.secureexchanges.portal.core.error.ErrorId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to an import or its dry run (SPEC U2): one entry per data row, in file order, and the
 * totals. After an import, {@code create} means created; in a dry run, that it would be.
 */
public record ImportReport(boolean dryRun, List<Row> rows, Summary summary) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public enum Status {
        CREATE, UNCHANGED, ERROR;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What is wrong with a row.
     *
     * @param column    the column it is about; empty for the row as a whole
     * @param arguments the values its text names ({@code {row}}, {@code {value}}, {@code {field}})
     */
    public record Problem(Optional<ImportColumn> column, ErrorId error, Map<String, String> arguments) {

        public Problem {
            arguments = Map.copyOf(arguments);
        }

        static Problem of(ImportColumn column, ErrorId error) {
            return new Problem(Optional.of(column), error, Map.of("field", column.id()));
        }

        static Problem of(ImportColumn column, ErrorId error, String argument, String value) {
            return new Problem(Optional.of(column), error, Map.of("field", column.id(), argument, value));
        }
    }

    /** @param email the row's address as normalised when it is valid, else as written (shortened) */
    public record Row(int number, String email, Status status, List<Problem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param seatsNeeded    rows asking for a plan that would otherwise be created
     * @param seatsAvailable free licences of the plans the rows ask for, in the pool as the import starts
     */
    public record Summary(int create, int unchanged, int error, int seatsNeeded, int seatsAvailable) {
    }
}
