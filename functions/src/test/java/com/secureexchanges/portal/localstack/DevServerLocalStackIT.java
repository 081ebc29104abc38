package com.secureexchanges.portal.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.devserver.DevServer;
import com.secureexchanges.portal.devserver.EmulatorResources;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SPEC D2: the local portal in LocalStack mode, signing in through the emulator's DynamoDB and SES. Its
 * tables have a prefix of this run's own and are deleted afterwards; the emulator's mail log must hold
 * this run's link, not merely some message to the demo administrator.
 */
class DevServerLocalStackIT {

    @Test
    void theLocalPortal_runsOnTheEmulator() throws Exception {
        URI endpoint = LocalStack.endpoint();
        try (DevServer portal = DevServer.start(new DevServer.Options(0, null,
                Map.of(AppConfig.FIXED_CAPTCHA, "135790"), MutableClock.aheadOfNow(), line -> { },
                "ls" + System.nanoTime() + "-", Optional.of(endpoint)))) {
            try {
                HttpCall http = new HttpCall(portal.url().toString());
                String session = http.loginAdmin("135790");
                assertEquals(200, http.get("/api/me", session).statusCode());
                HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        endpoint.resolve("/_aws/ses")).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(sent.body().contains(DemoData.ADMIN_EMAIL) && sent.body().contains(http.lastLinkToken()),
                        "the emulator's SES got this run's sign-in email");
            } finally {
                EmulatorResources.deleteTables(portal.dynamo(), portal.tables());
            }
        }
    }
}
