package com.secureexchanges.portal.handler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.error.PayloadTooLarge;
import com.secureexchanges.portal.core.error.PortalException;
import com.secureexchanges.portal.core.userimport.ImportColumn;
import com.secureexchanges.portal.core.userimport.ImportRow;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC U2: the import file as spreadsheets write it, read by Apache Commons CSV, and its limits. */
class CsvImportTest {

    private static final String HEADER = "email,first_name,last_name,mobile,language,time_zone,role,plan";

    private static List<ImportRow> read(String body) {
        return CsvImport.read(ApiRequest.of(new APIGatewayProxyRequestEvent().withBody(body), new ClientAddress(
                Optional.empty())));
    }

    private static List<ImportRow> readBase64(byte[] bytes) {
        return CsvImport.read(ApiRequest.of(new APIGatewayProxyRequestEvent().withIsBase64Encoded(true)
                .withBody(Base64.getEncoder().encodeToString(bytes)), new ClientAddress(Optional.empty())));
    }

    private static String refused(String body) {
        return assertThrows(PortalException.class, () -> read(body)).id();
    }

    @Test
    void excelsCsvUtf8_withABomCrlfQuotesAndEmbeddedCommas_isReadAsWritten() {
        String file = "\uFEFF" + HEADER + "\r\n"
                + "hélène@example.com,\"Hélène, Jr.\",\"O\"\"Brien\",+1 514 555 0123,fr,America/Montreal,standard,\r\n"
                + ",,,,,,,\r\n"
                + "\r\n"
                + "  bob@example.com ,Bob,\"Two\r\nLines\"\r\n";
        List<ImportRow> rows = read(file);
        assertEquals(2, rows.size(), "rows of empty cells and empty lines are skipped");
        ImportRow first = rows.getFirst();
        assertEquals(1, first.number());
        assertEquals("Hélène, Jr.", first.value(ImportColumn.FIRST_NAME));
        assertEquals("O\"Brien", first.value(ImportColumn.LAST_NAME));
        assertEquals("America/Montreal", first.value(ImportColumn.TIME_ZONE));
        assertEquals("", first.value(ImportColumn.PLAN));
        ImportRow second = rows.get(1);
        assertEquals(4, second.number(), "numbers follow the lines, skipped ones included");
        assertEquals("bob@example.com", second.value(ImportColumn.EMAIL), "values are stripped");
        assertEquals("Two\r\nLines", second.value(ImportColumn.LAST_NAME));
        assertEquals("", second.value(ImportColumn.ROLE), "a short row's other columns are empty");
        assertFalse(second.extraColumns());
    }

    @Test
    void aBodyInBase64_asApiGatewaySendsBinaryTypes_isReadToo_butOnlyInUtf8() {
        String file = HEADER + "\nzoé@example.com,Zoé,Z\n";
        assertEquals("Zoé", readBase64(file.getBytes(StandardCharsets.UTF_8)).getFirst()
                .value(ImportColumn.FIRST_NAME));
        assertEquals("invalid_csv", assertThrows(InvalidInput.class,
                () -> readBase64(file.getBytes(StandardCharsets.ISO_8859_1))).id(), "Latin-1 is refused, not mangled");
        assertEquals("invalid_csv", refused(HEADER + "\na@b.co,Z\uFFFDe,Z\n"), "text already decoded with losses");
    }

    @Test
    void theHeaderMustBeExactly_theTemplates() {
        assertEquals(HEADER + "\r\n", CsvImport.template().substring(1));
        assertEquals('\uFEFF', CsvImport.template().charAt(0), "a BOM, so that Excel opens it as UTF-8");
        for (String header : List.of("", "Email,first_name,last_name,mobile,language,time_zone,role,plan",
                "email;first_name;last_name;mobile;language;time_zone;role;plan", HEADER + ",extra",
                "email,first_name,last_name")) {
            assertEquals("invalid_csv_header", refused(header + "\r\na@b.co,A,B\r\n"), header);
        }
        assertEquals("import_empty", refused(HEADER + "\r\n"));
        assertEquals("import_empty", refused(CsvImport.template() + ",,,,,,,\r\n"));
    }

    @Test
    void brokenQuotes_areNotCsv() {
        assertEquals("invalid_csv", refused(HEADER + "\na@b.co,\"Open,B\n"));
        assertEquals("invalid_csv", refused(HEADER + "\na@b.co,\"Ann\"x,B\n"));
    }

    @Test
    void extraValues_markTheRow_butEmptyTrailingCellsDoNot() {
        List<ImportRow> rows = read(HEADER + "\na@b.co,Smith, John,Doe,,fr,UTC,standard,gold\nc@d.co,C,D,,,,,,,,\n");
        assertTrue(rows.get(0).extraColumns(), "an unquoted comma in a name");
        assertFalse(rows.get(1).extraColumns());
    }

    @Test
    void oneMegabyteAndAThousandRows_atMost() {
        StringBuilder thousand = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 1_000; i++) {
            thousand.append("user").append(i).append("@example.com,First,Last,,,,,\r\n");
        }
        assertEquals(1_000, read(thousand.toString()).size());
        assertEquals("import_too_large", assertThrows(PayloadTooLarge.class,
                () -> read(thousand + "one.more@example.com,A,B\r\n")).id());
        String big = HEADER + "\r\na@b.co,A," + "b".repeat(1_048_576) + "\r\n";
        assertEquals("import_too_large", refused(big));
        assertEquals("import_too_large", assertThrows(PayloadTooLarge.class,
                () -> readBase64(big.getBytes(StandardCharsets.UTF_8))).id());
    }
}
