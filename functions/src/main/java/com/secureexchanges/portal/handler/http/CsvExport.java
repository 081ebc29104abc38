package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.core.audit.EventChain;
import com.secureexchanges.portal.core.audit.StoredEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Events as an RFC 4180 file (SPEC E2), written by Apache Commons CSV: CRLF line ends, fields quoted
 * where needed, details as {@code key=value} pairs. A cell that a spreadsheet would read as a formula
 * (it starts with {@code = + - @}, a tab or a carriage return) gets a leading {@code '}.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(Views.CSV_COLUMNS.toArray(String[]::new)).get();

    private CsvExport() {
    }

    public static String write(List<StoredEvent> events) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (StoredEvent e : events) {
                var ev = e.event();
                String details = ev.details().entrySet().stream().map(d -> d.getKey() + "=" + d.getValue())
                        .collect(Collectors.joining("; "));
                csv.printRecord(List.of(Long.toString(e.seq()), EventChain.TIME.format(e.at()), ev.type().id(),
                        ev.actor(), ev.subject(), ev.outcome().id(), ev.reason().orElse(""), ev.ip(), ev.browser(),
                        ev.requestId(), details).stream().map(CsvExport::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Neutralises a cell a spreadsheet would evaluate. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
