package com.secureexchanges.portal.devserver;

import static com.secureexchanges.portal.testing.HttpCall.cookie;
import static com.secureexchanges.portal.testing.HttpCall.loginBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC D1: the local portal keeps its data (tables and keys) in PORTAL_DATA_DIR across restarts. */
class DevServerRestartTest {

    @TempDir
    Path dataDir;

    private DevServer start(MutableClock clock) throws Exception {
        return DevServer.start(new DevServer.Options(0, dataDir, Map.of(AppConfig.FIXED_CAPTCHA, "112233"), clock,
                line -> { }, "portal-"));
    }

    @Test
    void aLinkRequestedBeforeARestart_stillWorksAfterIt() throws Exception {
        MutableClock clock = MutableClock.aheadOfNow();
        String binding;
        String token;
        try (DevServer first = start(clock)) {
            HttpCall http = new HttpCall(first.url().toString());
            var request = http.post("/api/login/request", loginBody(DemoData.ADMIN_EMAIL, http.captchaId(), "112233"));
            binding = cookie(request, Cookies.BINDING).orElseThrow();
            token = http.lastLinkToken();
        }
        Path keys = dataDir.resolve("hmac-keys");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keys));
        String keyText = Files.readString(keys);
        assertTrue(Files.isDirectory(dataDir.resolve("dynamodb")));

        try (DevServer second = start(clock)) {
            HttpCall http = new HttpCall(second.url().toString());
            var redeem = http.post("/api/login/redeem", "{\"token\":\"" + token + "\"}", binding);
            assertEquals(200, redeem.statusCode(), "same tables and same keys after the restart");
            var directory = second.dynamo().scan(r -> r.tableName("portal-directory")).items();
            assertEquals(1, directory.stream().filter(i -> i.get("sk").s().startsWith("USER#")).count(),
                    "the demo administrator is created once");
            assertEquals(1, directory.stream().filter(i -> i.get("sk").s().equals("ACCOUNT")).count(),
                    "and so is the demo account");
        }
        assertEquals(keyText, Files.readString(keys));
    }

    /** Data of the layout before accounts is moved aside, not deleted, and the portal starts afresh. */
    @Test
    void dataOfAnOlderLayout_isMovedAside_andTheDemoAccountWorks() throws Exception {
        Path old = dataDir.resolve("dynamodb");
        Files.createDirectories(old);
        Files.writeString(old.resolve("shared-local-instance.db"), "old layout");
        MutableClock clock = MutableClock.aheadOfNow();
        try (DevServer portal = start(clock)) {
            assertEquals("old layout", Files.readString(dataDir.resolve("dynamodb-layout-1/shared-local-instance.db")));
            assertEquals(LocalLayout.VERSION, Files.readString(dataDir.resolve("layout")).strip());
            HttpCall http = new HttpCall(portal.url().toString());
            String session = http.login(DemoData.ADMIN_EMAIL, "112233");
            assertTrue(http.get("/api/account", session).body().contains(DemoData.ACCOUNT_NAME));
        }
    }
}
