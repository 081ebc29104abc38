package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC M2 over HTTP: a user whose 2FA an administrator requires gets {@code "next":"2fa-setup"} after the
 * link, and a session that reaches only the setup until a number is proven.
 */
class AdminTwoFactorHttpTest {

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();
    private static final HttpCall http = portal.http();

    private static final String USER = "{\"email\":\"sam@gmail.com\",\"firstName\":\"Sam\",\"lastName\":\"Setup\","
            + "\"language\":\"en\",\"timeZone\":\"America/Toronto\",\"role\":\"standard\"}";

    private static String id(HttpResponse<String> user) {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(user.body());
        assertTrue(m.find(), user.body());
        return m.group(1);
    }

    @Test
    void aRequiredSecondFactor_isSetUpBeforeAnythingElse() {
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);
        String sam = id(http.post("/api/users", USER, admin));
        HttpResponse<String> required = http.send("PUT", "/api/users/" + sam, "{\"twoFactorRequired\":true}",
                Map.of("Origin", portal.url(), "X-Portal-Request", "1"), admin);
        assertEquals(200, required.statusCode(), required.body());
        assertTrue(required.body().contains("\"twoFactorRequired\":true"), required.body());
        HttpResponse<String> turnOn = http.send("PUT", "/api/users/" + sam, "{\"twoFactorEnabled\":true}",
                Map.of("Origin", portal.url(), "X-Portal-Request", "1"), admin);
        assertEquals(400, turnOn.statusCode(), "only the user can turn 2FA on, by proving a number");

        var request = http.post("/api/login/request", HttpCall.loginBody("sam@gmail.com", http.captchaId(),
                RunningPortal.CAPTCHA));
        String binding = HttpCall.cookie(request, "__Host-sx-bind").orElseThrow();
        var redeem = http.post("/api/login/redeem", "{\"token\":\"" + http.lastLinkToken() + "\"}", binding);
        assertEquals("{\"next\":\"2fa-setup\"}", redeem.body());
        String session = HttpCall.cookie(redeem, "__Host-sx-session").orElseThrow();

        assertEquals(200, http.get("/api/me", session).statusCode());
        assertTrue(http.get("/api/me", session).body().contains("\"twoFactorRequired\":true"));
        for (String path : new String[] {"/api/me/sessions", "/api/me/events"}) {
            HttpResponse<String> blocked = http.get(path, session);
            assertEquals(403, blocked.statusCode(), path);
            assertTrue(blocked.body().startsWith("{\"error\":\"two_factor_setup_required\""), blocked.body());
        }
        assertEquals(202, http.post("/api/me/2fa", "{\"enable\":true,\"mobile\":\"+1 514 555 0133\"}", session)
                .statusCode());
        HttpResponse<String> confirmed = http.post("/api/me/2fa/confirm", "{\"code\":\"" + http.lastSmsCode()
                + "\"}", session);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        String proven = HttpCall.cookie(confirmed, "__Host-sx-session").orElseThrow();
        assertEquals(401, http.get("/api/me", session).statusCode(), "the mailbox-only session id is over");
        session = proven;
        assertEquals(200, http.get("/api/me/sessions", session).statusCode(), "the portal is open now");

        portal.clock.advance(Duration.ofMinutes(2));
        HttpResponse<String> off = http.post("/api/me/2fa", "{\"enable\":false}", session);
        assertEquals(403, off.statusCode());
        assertTrue(off.body().startsWith("{\"error\":\"two_factor_required\""), off.body());
    }
}
