package com.secureexchanges.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 11: with {@code AWS_ENDPOINT_URL}, a new {@code PORTAL_DATA_DIR} means new tables on the
 * emulator, as it means a new HMAC key; the derivation and the run command's use of it need no emulator.
 */
class LocalTablePrefixTest {

    private static final String EMULATOR = "http://localhost:4566";

    @Test
    void withAnEmulator_eachDataFolder_hasTablesOfItsOwn_andFindsThemAgain(@TempDir Path dir) {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        DevServer.Options a = DevServer.optionsFrom(Map.of("AWS_ENDPOINT_URL", EMULATOR,
                "PORTAL_DATA_DIR", first.toString()));
        DevServer.Options b = DevServer.optionsFrom(Map.of("AWS_ENDPOINT_URL", EMULATOR,
                "PORTAL_DATA_DIR", second.toString()));
        DevServer.Options again = DevServer.optionsFrom(Map.of("AWS_ENDPOINT_URL", EMULATOR,
                "PORTAL_DATA_DIR", second.resolve("../first").toString()));

        assertEquals(Optional.of(URI.create(EMULATOR)), a.awsEndpoint());
        assertTrue(a.tablePrefix().matches("portal-[0-9a-f]{8}-"), a.tablePrefix());
        assertNotEquals(a.tablePrefix(), b.tablePrefix(), "a fresh data folder starts with fresh tables");
        assertEquals(a.tablePrefix(), again.tablePrefix(), "the same folder, however it is written");
        assertEquals(a.tablePrefix(), LocalTablePrefix.of(Map.of(), first, true));
    }

    @Test
    void portalTablePrefix_namesThePrefixOutright_andMustBeAValidTableName(@TempDir Path dir) {
        DevServer.Options options = DevServer.optionsFrom(Map.of("AWS_ENDPOINT_URL", EMULATOR,
                "PORTAL_DATA_DIR", dir.toString(), "PORTAL_TABLE_PREFIX", "team-a."));
        assertEquals("team-a.", options.tablePrefix());
        var e = assertThrows(IllegalArgumentException.class,
                () -> LocalTablePrefix.of(Map.of("PORTAL_TABLE_PREFIX", "my tables"), dir, true));
        assertTrue(e.getMessage().startsWith("PORTAL_TABLE_PREFIX must be"), e.getMessage());
    }

    /** DynamoDB Local's files are in the data folder already: existing folders keep their tables' names. */
    @Test
    void withDynamoDbLocal_theTablesStayPortal(@TempDir Path dir) {
        DevServer.Options options = DevServer.optionsFrom(Map.of("PORTAL_DATA_DIR", dir.toString()));
        assertEquals(Optional.empty(), options.awsEndpoint());
        assertEquals("portal-", options.tablePrefix());
    }

    @Test
    void theRunCommandsPortal_createsItsTablesUnderThePrefix(@TempDir Path dir) throws IOException {
        DevServer.Options options = DevServer.optionsFrom(Map.of("PORT", "0", "PORTAL_DATA_DIR", dir.toString(),
                "PORTAL_TABLE_PREFIX", "prefixed-"));
        try (DevServer portal = DevServer.start(options)) {
            assertEquals("prefixed-directory", portal.tables().directory());
            assertTrue(portal.dynamo().listTables().tableNames().containsAll(List.of(
                    "prefixed-directory", "prefixed-auth", "prefixed-sessions", "prefixed-events")));
        }
    }
}
