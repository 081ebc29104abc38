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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC M over HTTP: enabling 2FA, signing in with the code, and where codes never appear. */
class TwoFactorHttpTest {

    private final RunningPortal portal = new RunningPortal();
    private final HttpCall http = portal.http();
    private final List<HttpResponse<String>> responses = new ArrayList<>();

    @AfterEach
    void stop() {
        portal.close();
    }

    private HttpResponse<String> post(String path, String body, String... cookies) {
        HttpResponse<String> r = http.post(path, body, cookies);
        responses.add(r);
        return r;
    }

    @Test
    void aFullTwoFactorJourney_neverShowsACodeInAResponseOrALog() {
        PrintStream out = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> codes = new ArrayList<>();
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            String session = http.loginAdmin(RunningPortal.CAPTCHA);
            assertEquals(202, post("/api/me/2fa", "{\"enable\":true,\"mobile\":\"+1 514 555 0123\"}", session)
                    .statusCode());
            codes.add(http.lastSmsCode());
            HttpResponse<String> confirmed = post("/api/me/2fa/confirm", "{\"code\":\"" + codes.getLast() + "\"}",
                    session);
            assertEquals(200, confirmed.statusCode());
            assertTrue(confirmed.body().contains("\"twoFactorEnabled\":true"));
            assertTrue(confirmed.body().contains("\"mobile\":\"+15145550123\""));

            portal.clock.advance(Duration.ofMinutes(1));
            var request = post("/api/login/request", loginBody(DemoData.ADMIN_EMAIL, http.captchaId(),
                    RunningPortal.CAPTCHA));
            String binding = cookie(request, Cookies.BINDING).orElseThrow();
            HttpResponse<String> redeem = post("/api/login/redeem", "{\"token\":\"" + http.lastLinkToken() + "\"}",
                    binding);
            assertEquals("{\"next\":\"2fa\"}", redeem.body());
            assertTrue(cookie(redeem, Cookies.SESSION).isEmpty(), "no session before the code");
            String challenge = cookie(redeem, Cookies.CHALLENGE).orElseThrow();
            codes.add(http.lastSmsCode());
            HttpResponse<String> wrong = post("/api/2fa/verify", "{\"code\":\"" + other(codes.getLast()) + "\"}",
                    challenge);
            assertEquals(400, wrong.statusCode());
            assertTrue(wrong.body().contains("\"attemptsLeft\":4"));
            assertEquals(410, post("/api/2fa/verify", "{\"code\":\"" + codes.getLast() + "\"}").statusCode(),
                    "the right code without the challenge cookie: another browser");
            portal.clock.advance(Duration.ofSeconds(30));
            assertEquals(200, post("/api/2fa/resend", null, challenge).statusCode());
            codes.add(http.lastSmsCode());
            HttpResponse<String> ok = post("/api/2fa/verify", "{\"code\":\"" + codes.getLast() + "\"}", challenge);
            assertEquals(200, ok.statusCode());
            String newSession = cookie(ok, Cookies.SESSION).orElseThrow();
            assertEquals(200, http.get("/api/me", newSession).statusCode());
        } finally {
            System.setOut(out);
        }
        String logs = String.join("\n", portal.logLines) + console.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("POST /api/2fa/verify"));
        for (String code : codes) {
            for (HttpResponse<String> r : responses) {
                assertFalse(r.body().contains(code), "a response holds a code: " + r.uri());
            }
            assertFalse(logs.contains(code), "the logs hold a code");
        }
        assertFalse(logs.contains("+15145550123"), "the logs hold a full phone number");
    }

    @Test
    void mySessions_listsThem_andSignsTheOthersOut() {
        String first = http.loginAdmin(RunningPortal.CAPTCHA);
        portal.clock.advance(Duration.ofSeconds(31));
        String second = http.loginAdmin(RunningPortal.CAPTCHA);
        HttpResponse<String> list = http.get("/api/me/sessions", second);
        assertEquals(2, list.body().split("\"browser\"").length - 1);
        assertEquals(1, list.body().split("\"current\":true").length - 1);
        assertEquals("{\"signedOut\":1}", http.post("/api/me/sessions/revoke-others", null, second).body());
        assertEquals(401, http.get("/api/me", first).statusCode());
        assertEquals(200, http.get("/api/me", second).statusCode());
    }

    @Test
    void theProfile_isSavedAndReadBack() {
        String session = http.loginAdmin(RunningPortal.CAPTCHA);
        HttpResponse<String> saved = http.send("PUT", "/api/me", "{\"firstName\":\"Ada\",\"lastName\":\"Byron\","
                + "\"language\":\"fr\",\"timeZone\":\"Europe/Paris\",\"dateCulture\":\"fr-FR\",\"mobile\":\"+33 6 12 34 56 78\"}",
                java.util.Map.of("Origin", portal.url()), session);
        assertEquals(200, saved.statusCode(), saved.body());
        String me = http.get("/api/me", session).body();
        for (String expected : new String[] {"\"lastName\":\"Byron\"", "\"language\":\"fr\"",
            "\"timeZone\":\"Europe/Paris\"", "\"dateCulture\":\"fr-FR\"", "\"mobile\":\"+33612345678\"",
            "\"mobileVerified\":false", "\"twoFactorEnabled\":false", "\"licenseType\":\"pro\""}) {
            assertTrue(me.contains(expected), expected + " in " + me);
        }
    }

    private static String other(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
