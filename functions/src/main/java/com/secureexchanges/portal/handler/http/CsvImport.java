package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.PayloadTooLarge;
import com.secureexchanges.portal.core.userimport.ImportColumn;
import com.secureexchanges.portal.core.userimport.ImportRow;
import com.secureexchanges.portal.core.userimport.UserImport;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The file of the CSV import (SPEC U2), read with Apache Commons CSV: UTF-8 (a byte-order mark is
 * skipped), comma-separated, CRLF or LF line ends, fields in double quotes where they hold commas,
 * quotes or line breaks. The header row must be exactly
 * {@code email,first_name,last_name,mobile,language,time_zone,role,plan}; a row may stop early (the rest
 * is empty). Rows are numbered from 1, the first under the header; empty lines and rows of empty cells
 * (spreadsheets write those) are skipped without renumbering the others. The size is checked before
 * anything is read, and the rows are counted while reading, which stops at the first row past the limit.
 */
public final class CsvImport {

    private static final char BOM = '\uFEFF';
    /** Empty lines are records too (then skipped), so that row numbers follow the lines of a spreadsheet. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvImport() {
    }

    /**
     * The template to download: the header row, after a byte-order mark so that spreadsheets open the
     * file as UTF-8 (names with accents survive a round trip through Excel).
     */
    public static String template() {
        return BOM + String.join(",", ImportColumn.HEADER) + "\r\n";
    }

    /**
     * @throws PayloadTooLarge {@code import_too_large} past {@link UserImport#MAX_BYTES} bytes or
     *                         {@link UserImport#MAX_ROWS} rows
     * @throws InvalidInput    {@code invalid_csv} (not UTF-8, or not CSV), {@code invalid_csv_header},
     *                         {@code import_empty}
     */
    public static List<ImportRow> read(ApiRequest request) {
        String text = utf8(request.bytes(UserImport.MAX_BYTES, ErrorId.IMPORT_TOO_LARGE));
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext() || !records.next().toList().equals(ImportColumn.HEADER)) {
                throw new InvalidInput(ErrorId.INVALID_CSV_HEADER);
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == UserImport.MAX_ROWS) {
                    throw new PayloadTooLarge(ErrorId.IMPORT_TOO_LARGE);
                }
                rows.add(row((int) record.getRecordNumber() - 1, record));
            }
        } catch (IOException | UncheckedIOException notCsv) {
            // A broken quote or a stray character: Commons CSV's CSVException, wrapped by its iterator.
            throw new InvalidInput(ErrorId.INVALID_CSV);
        }
        if (rows.isEmpty()) {
            throw new InvalidInput(ErrorId.IMPORT_EMPTY);
        }
        return rows;
    }

    private static ImportRow row(int number, CSVRecord record) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        ImportColumn[] columns = ImportColumn.values();
        boolean extra = false;
        for (int i = 0; i < record.size(); i++) {
            if (i < columns.length) {
                values.put(columns[i], record.get(i));
            } else if (!record.get(i).isBlank()) {
                extra = true;
            }
        }
        return new ImportRow(number, values, extra);
    }

    /** Strict UTF-8: a file saved in another encoding is refused rather than read with mangled names. */
    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            // A body that reached us as text was decoded on the way: a replacement character means it was not UTF-8.
            if (text.indexOf('\uFFFD') >= 0) {
                throw new InvalidInput(ErrorId.INVALID_CSV);
            }
            return text;
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInput(ErrorId.INVALID_CSV);
        }
    }
}
