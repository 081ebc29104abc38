package com.secureexchanges.portal.http;

import static com.secureexchanges.portal.testing.HttpCall.loginBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC L3: the answer to a login request tells nothing. Status, body, header names and the shape of
 * Set-Cookie are the same whatever the captcha, the address or its email limit.
 */
class LoginRequestContractTest {

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();
    private static final HttpCall http = portal.http();

    private static HttpResponse<String> request(String email, String captchaId, String answer) {
        return http.post("/api/login/request", loginBody(email, captchaId, answer));
    }

    @Test
    void everyCaseGetsTheSameAnswer() {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("right captcha, known user", request(DemoData.ADMIN_EMAIL, http.captchaId(), RunningPortal.CAPTCHA));
        assertEquals(1, outboxSize(), "the known user got the link");

        answers.put("right captcha, unknown address", request("nobody@example.com", http.captchaId(),
                RunningPortal.CAPTCHA));
        answers.put("wrong captcha", request(DemoData.ADMIN_EMAIL, http.captchaId(), "111111"));
        answers.put("unknown captcha id", request(DemoData.ADMIN_EMAIL, "AAAAAAAAAAAAAAAAAAAAAA.1.x", RunningPortal.CAPTCHA));
        String used = http.captchaId();
        portal.clock.advance(Duration.ofSeconds(31));
        request("someone@example.com", used, RunningPortal.CAPTCHA);
        answers.put("already used captcha id", request(DemoData.ADMIN_EMAIL, used, RunningPortal.CAPTCHA));
        assertEquals(1, outboxSize(), "none of those sent anything");

        portal.clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            portal.clock.advance(Duration.ofSeconds(31));
            request(DemoData.ADMIN_EMAIL, http.captchaId(), RunningPortal.CAPTCHA);
        }
        assertEquals(5, outboxSize(), "five emails in the hour");
        portal.clock.advance(Duration.ofSeconds(31));
        answers.put("known user over the per-address limit",
                request(DemoData.ADMIN_EMAIL, http.captchaId(), RunningPortal.CAPTCHA));
        assertEquals(5, outboxSize(), "the sixth was silently not sent");

        HttpResponse<String> reference = answers.values().iterator().next();
        for (var entry : answers.entrySet()) {
            HttpResponse<String> r = entry.getValue();
            assertEquals(202, r.statusCode(), entry.getKey());
            assertEquals("{\"status\":\"accepted\"}", r.body(), entry.getKey());
            assertEquals(headerNames(reference), headerNames(r), entry.getKey());
            assertEquals(cookieShape(reference), cookieShape(r), entry.getKey());
        }
        assertTrue(cookieShape(reference).getFirst().startsWith("__Host-sx-bind=<value>; Path=/; Max-Age=900; Secure; HttpOnly; SameSite=Lax"));
    }

    private static int outboxSize() {
        return http.get("/dev/outbox.json").body().split("\"channel\"", -1).length - 1;
    }

    static TreeSet<String> headerNames(HttpResponse<?> r) {
        TreeSet<String> names = new TreeSet<>(r.headers().map().keySet());
        names.remove("date");
        return names;
    }

    /** Set-Cookie headers with the random value blanked out. */
    static List<String> cookieShape(HttpResponse<?> r) {
        return HttpCall.setCookies(r).stream().map(c -> c.replaceFirst("=[A-Za-z0-9_-]{43};", "=<value>;")).toList();
    }
}
