package com.secureexchanges.portal.http;

import static com.secureexchanges.portal.testing.HttpCall.cookie;
import static com.secureexchanges.portal.testing.HttpCall.loginBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.handler.http.Cookies;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens, captcha answers, session ids and links never reach the logs or the event log (SPEC M4, X6, E1). */
class LogHygieneTest {

    @Test
    void aFullLogin_logsNoSecret() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> secrets = new ArrayList<>();
        try (RunningPortal portal = new RunningPortal()) {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            HttpCall http = new HttpCall(portal.url());
            String captchaId = http.captchaId();
            var request = http.post("/api/login/request", loginBody(DemoData.ADMIN_EMAIL, captchaId,
                    RunningPortal.CAPTCHA));
            String binding = cookie(request, Cookies.BINDING).orElseThrow();
            String token = http.lastLinkToken();
            http.post("/api/login/redeem", "{\"token\":\"" + token + "\"}");
            var redeem = http.post("/api/login/redeem", "{\"token\":\"" + token + "\"}", binding);
            String session = cookie(redeem, Cookies.SESSION).orElseThrow();
            http.get("/api/me", session);
            http.post("/api/logout", null, session);
            http.post("/api/login/redeem", "{\"token\":\"" + token + "\"}", binding);

            secrets.addAll(List.of(captchaId, captchaId.split("\\.")[0], RunningPortal.CAPTCHA, token,
                    value(binding), value(session), "#t=", DemoData.ADMIN_EMAIL));
            String logs = String.join("\n", portal.logLines) + "\n" + console.toString(StandardCharsets.UTF_8);
            assertTrue(portal.logLines.size() >= 7, "one line per request: " + portal.logLines.size());
            assertTrue(logs.contains("\"route\":\"POST /api/login/redeem\",\"status\":403,\"error\":\"browser_mismatch\""));
            assertTrue(logs.contains("\"Stage\":\"local\",\"LoginRequests\":1,\"LinksSent\":1}")
                    && logs.contains("\"Error2\":1}") && logs.contains("\"Logins\":1}"),
                    "the metric lines (SPEC X6) are in the local log, and checked below like every line");
            String events = portal.server.dynamo().scan(r -> r.tableName(portal.server.tables().events()))
                    .items().toString();
            assertTrue(events.contains("login.denied") && events.contains("logout"), "the events were written");
            for (String secret : secrets) {
                assertFalse(logs.contains(secret), "the logs contain a secret: " + secret.substring(0, 3) + "…");
                assertFalse(events.contains(secret), "an event contains a secret: " + secret.substring(0, 3) + "…");
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals(8, secrets.size());
    }

    private static String value(String cookie) {
        return cookie.substring(cookie.indexOf('=') + 1);
    }
}
