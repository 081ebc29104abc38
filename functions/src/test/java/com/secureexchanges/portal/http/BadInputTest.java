package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC X2: bad input on every route gets a 4xx with an error id, never a 5xx, and writes nothing. */
class BadInputTest {

    private static final Pattern ERROR_BODY = Pattern.compile("\\{\"error\":\"[a-z_]+\",(\"code\":2,)?\"message\":\"[^\"]+\"}");

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();
    private static final HttpCall http = portal.http();

    private static Map<String, String> badBodies(String... fields) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("not JSON", "email=a@b.c");
        bodies.put("empty body", "");
        bodies.put("JSON array", "[1,2]");
        bodies.put("JSON string", "\"text\"");
        bodies.put("duplicate keys", "{\"token\":\"a\",\"token\":\"b\",\"email\":\"a@b.co\"}");
        bodies.put("1 MB body", "{\"email\":\"" + "a".repeat(1_048_576) + "\"}");
        bodies.put("missing fields", "{}");
        for (String field : fields) {
            bodies.put(field + " as a number", "{\"" + field + "\":12}");
            bodies.put(field + " as an object", "{\"" + field + "\":{}}");
            bodies.put(field + " as null", "{\"" + field + "\":null}");
        }
        return bodies;
    }

    @Test
    void loginRequest_refusesBadInput() {
        Map<String, String> bodies = badBodies("email", "captchaId", "captchaAnswer");
        String id = http.captchaId();
        bodies.put("invalid email", HttpCall.loginBody("not-an-address", id, RunningPortal.CAPTCHA));
        bodies.put("email with two @", HttpCall.loginBody("a@b@example.com", id, RunningPortal.CAPTCHA));
        bodies.put("oversized email", HttpCall.loginBody("a".repeat(300) + "@example.com", id, RunningPortal.CAPTCHA));
        bodies.put("email with a control character", HttpCall.loginBody("ad\\u0000min@example.com", id, "1"));
        bodies.put("captcha with a newline", HttpCall.loginBody("admin@example.com", id + "\\n", "1"));
        bodies.put("answer with a tab", HttpCall.loginBody("admin@example.com", id, "90\\t4731"));
        bodies.put("huge captcha id", HttpCall.loginBody("admin@example.com", "x".repeat(5000), "1"));
        assertAllRefused("/api/login/request", bodies);
    }

    @Test
    void redeem_refusesBadInput() {
        Map<String, String> bodies = badBodies("token");
        bodies.put("token with a control character", "{\"token\":\"abc\\u0007\"}");
        bodies.put("oversized token", "{\"token\":\"" + "A".repeat(5000) + "\"}");
        assertAllRefused("/api/login/redeem", bodies);
    }

    @Test
    void sessionRoutes_refuseGarbageCookies() {
        for (String cookie : new String[] {"__Host-sx-session=", "__Host-sx-session=%00%0a", "__Host-sx-session="
                + "A".repeat(5000), "garbage"}) {
            HttpResponse<String> me = http.get("/api/me", cookie);
            assertEquals(401, me.statusCode());
            assertTrue(ERROR_BODY.matcher(me.body()).matches(), me.body());
            assertEquals(200, http.post("/api/logout", "{}", cookie).statusCode(), "logout is idempotent");
        }
    }

    private static void assertAllRefused(String path, Map<String, String> bodies) {
        var before = portal.allItems().stream().filter(i -> !i.get("pk").s().startsWith("RATE#")).toList();
        for (var entry : bodies.entrySet()) {
            HttpResponse<String> r = http.post(path, entry.getValue());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                    entry.getKey() + " → " + r.statusCode() + " " + r.body());
            assertTrue(ERROR_BODY.matcher(r.body()).matches(), entry.getKey() + " → " + r.body());
            assertTrue(!r.body().contains("Exception") && !r.body().contains("at com."), entry.getKey());
        }
        var after = portal.allItems().stream().filter(i -> !i.get("pk").s().startsWith("RATE#")).toList();
        assertEquals(before, after, "nothing was stored");
        assertEquals(0, portal.allItems().stream().filter(i -> i.get("pk").s().startsWith("RATE#login-ip")).count(),
                "bad input does not even count against the IP");
    }
}
