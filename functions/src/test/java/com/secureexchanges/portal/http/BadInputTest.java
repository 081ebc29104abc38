package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    void badLoginInput_doesNotEvenCountAgainstTheIp() {
        var before = ipCounters();
        http.post("/api/login/request", "{}");
        http.post("/api/login/request", "not json");
        assertEquals(before, ipCounters());
    }

    private static java.util.List<String> ipCounters() {
        return portal.allItems().stream().filter(i -> i.get("pk").s().startsWith("RATE#login-ip"))
                .map(i -> i.get("pk").s() + "=" + i.get("hits").n()).toList();
    }

    /** SPEC A2: malformed sign-up input is a 400 with an id, before anything is counted or stored. */
    @Test
    void signupRoutes_refuseBadInput() {
        Map<String, String> bodies = badBodies("email", "organization", "plan", "quantity", "captchaId",
                "captchaAnswer");
        String id = http.captchaId();
        for (String quantity : new String[] {"0", "-1", "1001", "\"3\"", "3.5", "1e3", "99999999999999999999",
            "true", "null"}) {
            bodies.put("quantity " + quantity, signupBody("\"NewCo\"", "\"eco\"", quantity, id));
        }
        bodies.put("unknown plan", signupBody("\"NewCo\"", "\"platinum\"", "1", id));
        bodies.put("plan not a string", signupBody("\"NewCo\"", "3", "1", id));
        bodies.put("blank organization", signupBody("\"   \"", "\"eco\"", "1", id));
        bodies.put("organization too long", signupBody("\"" + "x".repeat(101) + "\"", "\"eco\"", "1", id));
        bodies.put("organization with a control character", signupBody("\"New\\u0007Co\"", "\"eco\"", "1", id));
        assertAllRefused("/api/signup/request", bodies);
        Map<String, String> confirm = new java.util.LinkedHashMap<>();
        confirm.put("no token", "{}");
        confirm.put("token not a string", "{\"token\":3}");
        confirm.put("confirm not a boolean", "{\"token\":\"" + "A".repeat(43) + "\",\"confirm\":\"yes\"}");
        confirm.put("unknown token", "{\"token\":\"" + "A".repeat(43) + "\",\"confirm\":true}");
        confirm.put("not json", "confirm");
        assertAllRefused("/api/signup/confirm", confirm);
    }

    private static String signupBody(String organization, String plan, String quantity, String captchaId) {
        return "{\"email\":\"founder@newco.test\",\"organization\":" + organization + ",\"plan\":" + plan
                + ",\"quantity\":" + quantity + ",\"captchaId\":\"" + captchaId + "\",\"captchaAnswer\":\""
                + RunningPortal.CAPTCHA + "\"}";
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
    void twoFactorRoutes_refuseBadInput() {
        Map<String, String> bodies = badBodies("code");
        bodies.put("code with letters", "{\"code\":\"12ab56\"}");
        bodies.put("code too long", "{\"code\":\"1234567\"}");
        assertAllRefused("/api/2fa/verify", bodies);
        assertAllRefused("/api/2fa/resend", Map.of("no challenge cookie", "{}"));
    }

    @Test
    void accountRoutes_refuseBadInput() {
        String session = http.loginAdmin(RunningPortal.CAPTCHA);
        Map<String, String> enable = badBodies("enable", "mobile");
        enable.put("enable as a string", "{\"enable\":\"yes\",\"mobile\":\"+15145550123\"}");
        for (String mobile : new String[] {"514 555 0123", "+1 514 CALL NOW", "+1 514", "+33 1 23 45 67 89"}) {
            enable.put("mobile " + mobile, "{\"enable\":true,\"mobile\":\"" + mobile + "\"}");
        }
        assertAllRefused("POST", "/api/me/2fa", enable, session);
        Map<String, String> confirm = badBodies("code");
        confirm.put("code with letters", "{\"code\":\"abcdef\"}");
        assertAllRefused("POST", "/api/me/2fa/confirm", confirm, session);
        Map<String, String> profile = badBodies("firstName", "lastName", "language", "timeZone", "dateCulture");
        profile.remove("missing fields");
        profile.keySet().removeIf(name -> name.endsWith(" as null"));
        profile.put("unknown field", "{\"role\":\"administrator\"}");
        String good = "\"firstName\":\"A\",\"lastName\":\"B\",\"language\":\"en\",\"timeZone\":\"UTC\"";
        profile.put("unknown language", "{" + good.replace("\"en\"", "\"de\"") + ",\"dateCulture\":\"en-CA\"}");
        profile.put("unknown time zone", "{" + good.replace("UTC", "Mars/Base") + ",\"dateCulture\":\"en-CA\"}");
        profile.put("unknown culture", "{" + good + ",\"dateCulture\":\"xx-YY\"}");
        profile.put("name too long", "{" + good.replace("\"A\"", "\"" + "A".repeat(101) + "\"")
                + ",\"dateCulture\":\"en-CA\"}");
        profile.put("bad mobile", "{" + good + ",\"dateCulture\":\"en-CA\",\"mobile\":\"12\"}");
        assertAllRefused("PUT", "/api/me", profile, session);
        var invalid = http.post("/api/me/2fa", "{\"enable\":true,\"mobile\":\"514 555 0123\"}", session);
        assertTrue(invalid.body().contains("+1 514 555 0123"), "the message shows the expected form");
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
        assertAllRefused("POST", path, bodies);
    }

    private static void assertAllRefused(String method, String path, Map<String, String> bodies, String... cookies) {
        var before = portal.allItems().stream().filter(i -> !i.get("pk").s().startsWith("RATE#")
                && !i.containsKey("lastSeenAt")).toList();
        for (var entry : bodies.entrySet()) {
            HttpResponse<String> r = http.send(method, path, entry.getValue(),
                    Map.of("Origin", portal.url(), "X-Portal-Request", "1"), cookies);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                    entry.getKey() + " → " + r.statusCode() + " " + r.body());
            assertTrue(ERROR_BODY.matcher(r.body()).matches(), entry.getKey() + " → " + r.body());
            assertTrue(!r.body().contains("Exception") && !r.body().contains("at com."), entry.getKey());
        }
        var after = portal.allItems().stream().filter(i -> !i.get("pk").s().startsWith("RATE#")
                && !i.containsKey("lastSeenAt")).toList();
        assertEquals(before, after, "nothing was stored");
    }

    /** Security review, finding 11: trailing data after the object, and bodies that are not JSON by type. */
    @Test
    void jsonRoutes_refuseTrailingDataAndOtherContentTypes() {
        String body = HttpCall.loginBody("ada@example.com", http.captchaId(), "123456");
        HttpResponse<String> trailing = http.post("/api/login/request", body + "{\"x\":1}");
        assertEquals(400, trailing.statusCode(), trailing.body());
        assertTrue(trailing.body().startsWith("{\"error\":\"invalid_json\""), trailing.body());
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/jsonp"}) {
            HttpResponse<String> other = http.send("POST", "/api/login/request", body,
                    Map.of("Origin", portal.url(), "Content-Type", type));
            assertEquals(415, other.statusCode(), type + " → " + other.body());
            assertTrue(ERROR_BODY.matcher(other.body()).matches(), other.body());
        }
        HttpResponse<String> withCharset = http.send("POST", "/api/login/request", body,
                Map.of("Origin", portal.url(), "Content-Type", "application/json; charset=utf-8"));
        assertEquals(202, withCharset.statusCode(), withCharset.body());
    }

    /** The domain routes: malformed names are 400 and write nothing; odd path names are not found. */
    @Test
    void domainRoutes_refuseBadInput() {
        portal.clock.advance(java.time.Duration.ofMinutes(13));
        String session = http.loginAdmin(RunningPortal.CAPTCHA);
        Map<String, String> bodies = badBodies("domain");
        for (String name : new String[] {"not a domain", "com", "-acme.ca", "acme..ca", "acme.ca/x", "a@acme.ca",
                "x".repeat(64) + ".ca", "acme.ca\\u0000", "%00.ca", "", "127.0.0.1", "acme.123"}) {
            bodies.put("domain " + name, "{\"domain\":\"" + name + "\"}");
        }
        bodies.put("unknown field", "{\"domain\":\"acme.ca\",\"status\":\"verified\"}");
        assertAllRefused("POST", "/api/domains", bodies, session);
        for (String name : new String[] {"gmail.com", "co.uk", "github.io", "nowhere.invalid"}) {
            HttpResponse<String> r = http.post("/api/domains", "{\"domain\":\"" + name + "\"}", session);
            assertEquals(422, r.statusCode(), name + " → " + r.body());
            assertTrue(r.body().startsWith("{\"error\":\"public_domain\""), r.body());
        }
        for (String id : new String[] {"%00", "..", "a%2Fb", "x".repeat(300), "%C3%A9", "'%20OR%201=1", "%0Aforged"}) {
            HttpResponse<String> verify = http.post("/api/domains/" + id + "/verify", null, session);
            assertEquals(404, verify.statusCode(), id + " → " + verify.body());
            assertTrue(ERROR_BODY.matcher(verify.body()).matches(), verify.body());
            HttpResponse<String> remove = http.send("DELETE", "/api/domains/" + id, null,
                    Map.of("Origin", portal.url(), "X-Portal-Request", "1"), session);
            assertEquals(404, remove.statusCode(), id + " → " + remove.body());
        }
        portal.clock.advance(java.time.Duration.ofMinutes(13));
    }

    /** The event-log routes: odd ids are simply not found, bad dates and cursors are 400, never a 5xx. */
    @Test
    void eventLogRoutes_refuseBadIdsDatesAndCursors() {
        portal.clock.advance(java.time.Duration.ofMinutes(13));
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);
        Map<String, Integer> cases = new LinkedHashMap<>();
        for (String id : new String[] {"%00", "..", "a%2Fb", "x".repeat(300), "%C3%A9", "'%20OR%201=1", "%0Aforged"}) {
            cases.put("/api/users/" + id + "/events", 404);
            cases.put("/api/users/" + id + "/events.csv", 404);
            cases.put("/api/users/" + id + "/events/verify", 404);
        }
        String me = "/api/users/demo-admin/events";
        cases.put(me + "?from=yesterday", 400);
        cases.put(me + "?to=2026-02-30", 400);
        cases.put(me + "?from=2026-05-01&to=2026-04-01", 400);
        cases.put(me + "?cursor=%00", 400);
        cases.put(me + "?cursor=" + "A".repeat(5000), 400);
        cases.put("/api/me/events?cursor=Mjk5OS0wMS0wMVQwMDowMDowMC4wMDBaIzAwMDAwMDAwMDAwMQ", 400);
        cases.put(me + "?to=2026-01-01&cursor=MjAyNi0wMi0wMVQwMDowMDowMC4wMDBaIzAwMDAwMDAwMDAwMQ", 400);
        cases.put("/api/me/events?cursor=MjAyNi0wMS0wMVQwMDowMDowMC4wMDBaIzAwMDAwMDAwMDAwMQ", 200);
        cases.forEach((path, status) -> {
            HttpResponse<String> answer = http.get(path, admin);
            assertEquals(status, answer.statusCode(), path + " → " + answer.body());
            if (status >= 400) {
                assertTrue(ERROR_BODY.matcher(answer.body()).matches(), answer.body());
            }
        });
    }

    /**
     * The CSV import (SPEC U2): a file that is not the template's CSV, too large, or without a dryRun answers
     * its 4xx and id, and nothing is stored, even when it asked to import.
     */
    @Test
    void theImport_refusesBadFiles_andStoresNothing() {
        portal.clock.advance(java.time.Duration.ofMinutes(13));
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);
        // The next test's sign-in must not fall within this one's 30-second spacing.
        portal.clock.advance(java.time.Duration.ofMinutes(1));
        String header = "email,first_name,last_name,mobile,language,time_zone,role,plan\r\n";
        String good = header + "new.person@example.com,New,Person,,,,,\r\n";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty body", "");
        bodies.put("JSON", "{\"email\":\"a@example.com\"}");
        bodies.put("header only", header);
        bodies.put("header of empty cells only", header + ",,,,,,,\r\n\r\n");
        bodies.put("semicolons", header.replace(',', ';') + "a@example.com;A;B\r\n");
        bodies.put("header in another order", "first_name,email,last_name,mobile,language,time_zone,role,plan\r\n"
                + "A,a@example.com,B\r\n");
        bodies.put("a quote never closed", header + "a@example.com,\"Open,B\r\n");
        bodies.put("text after a closing quote", header + "a@example.com,\"Ann\"x,B\r\n");
        bodies.put("NUL bytes", "\u0000\u0000" + header);
        bodies.put("1,001 rows", header + "u@example.com,A,B\r\n".repeat(1_001));
        bodies.put("more than 1 MB", header + "a@example.com,A," + "b".repeat(1_048_576) + "\r\n");
        var before = stored();
        for (var entry : bodies.entrySet()) {
            refused(entry.getKey(), importing("false", entry.getValue().getBytes(StandardCharsets.UTF_8), admin));
        }
        refused("Latin-1 file", importing("false", good.replace("Person", "Pérsonne")
                .getBytes(StandardCharsets.ISO_8859_1), admin));
        refused("no dryRun", http.send("POST", "/api/users/import", good, Map.of("Origin", portal.url(),
                "Content-Type", "text/csv"), admin));
        refused("dryRun=yes", importing("yes", good.getBytes(StandardCharsets.UTF_8), admin));
        assertEquals(before, stored(), "nothing was stored");
        var ok = importing("true", good.getBytes(StandardCharsets.UTF_8), admin);
        assertEquals(200, ok.statusCode(), "the same route takes a good file: " + ok.body());
    }

    /**
     * The licence routes (SPEC A4, A5): quantities that are not whole numbers from 1 to 1,000 (0, negative, huge,
     * past 64 bits, fractions, texts), unknown plans and fields, and ids and quotes that name nothing, all answer
     * a 4xx with an id and store nothing.
     */
    @Test
    void licenceRoutes_refuseBadQuantitiesPlansIdsAndQuotes() {
        portal.clock.advance(java.time.Duration.ofMinutes(13));
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);
        portal.clock.advance(java.time.Duration.ofMinutes(1));
        String[] quantities = {"0", "-1", "1001", "2147483648", "99999999999999999999", "1.5", "1e3", "\"3\"",
            "null", "true", "[]", "{}"};
        Map<String, String> orders = badBodies("lines");
        for (String q : quantities) {
            orders.put("quantity " + q, "{\"lines\":[{\"plan\":\"eco\",\"quantity\":" + q + "}]}");
        }
        orders.put("unknown plan", "{\"lines\":[{\"plan\":\"gold\",\"quantity\":1}]}");
        orders.put("plan as a number", "{\"lines\":[{\"plan\":3,\"quantity\":1}]}");
        orders.put("a plan twice", "{\"lines\":[{\"plan\":\"eco\",\"quantity\":1},{\"plan\":\"eco\",\"quantity\":1}]}");
        orders.put("no lines", "{\"lines\":[]}");
        orders.put("lines not a list", "{\"lines\":{\"plan\":\"eco\",\"quantity\":1}}");
        orders.put("a line not an object", "{\"lines\":[\"eco\"]}");
        orders.put("unknown field", "{\"lines\":[{\"plan\":\"eco\",\"quantity\":1}],\"total\":0}");
        orders.put("unknown field in a line", "{\"lines\":[{\"plan\":\"eco\",\"quantity\":1,\"unitPrice\":0}]}");
        orders.put("21 lines", "{\"lines\":[" + String.join(",", java.util.Collections.nCopies(21,
                "{\"plan\":\"eco\",\"quantity\":1}")) + "]}");
        assertAllRefused("POST", "/api/orders", orders, admin);

        Map<String, String> removals = badBodies("plan", "quantity");
        for (String q : quantities) {
            removals.put("quantity " + q, "{\"plan\":\"eco\",\"quantity\":" + q + "}");
        }
        removals.remove("quantity 1001");
        removals.put("quantity 10001", "{\"plan\":\"eco\",\"quantity\":10001}");
        removals.put("unknown plan", "{\"plan\":\"gold\",\"quantity\":1}");
        assertAllRefused("POST", "/api/licenses/remove", removals, admin);

        String license = "/api/users/" + DemoData.ADMIN_ID + "/license";
        Map<String, String> assign = badBodies("plan");
        assign.put("unknown plan", "{\"plan\":\"gold\"}");
        assign.put("plan in capitals", "{\"plan\":\"PRO\"}");
        assign.put("unknown field", "{\"plan\":\"eco\",\"userId\":\"x\"}");
        assertAllRefused("PUT", license, assign, admin);
        Map<String, String> transfer = badBodies("toUserId");
        transfer.put("an id of nobody", "{\"toUserId\":\"nobody\"}");
        transfer.put("not an id", "{\"toUserId\":\"../x\"}");
        assertAllRefused("POST", license + "/transfer", transfer, admin);
        Map<String, String> upgrade = badBodies("plan", "quoteId");
        upgrade.put("both", "{\"plan\":\"pro\",\"quoteId\":\"q\"}");
        upgrade.put("not higher", "{\"plan\":\"eco\"}");
        upgrade.put("a quote of nobody", "{\"quoteId\":\"no-such-quote\"}");
        upgrade.put("not a quote id", "{\"quoteId\":\"../../x\"}");
        assertAllRefused("POST", license + "/upgrade", upgrade, admin);
        for (String id : new String[] {"%00", "..", "a%2Fb", "x".repeat(300), "%C3%A9", "'%20OR%201=1"}) {
            HttpResponse<String> r = http.send("PUT", "/api/users/" + id + "/license", "{\"plan\":\"eco\"}",
                    Map.of("Origin", portal.url(), "X-Portal-Request", "1"), admin);
            assertEquals(404, r.statusCode(), id + " → " + r.body());
            assertTrue(ERROR_BODY.matcher(r.body()).matches(), r.body());
        }
    }

    private static HttpResponse<String> importing(String dryRun, byte[] file, String session) {
        return http.sendBytes("POST", "/api/users/import?dryRun=" + dryRun, file, Map.of("Origin", portal.url(),
                "Content-Type", "text/csv"), session);
    }

    private static void refused(String what, HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " → " + r.statusCode() + " " + r.body());
        assertTrue(ERROR_BODY.matcher(r.body()).matches(), what + " → " + r.body());
    }

    private static java.util.List<java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>>
            stored() {
        return portal.allItems().stream().filter(i -> !i.get("pk").s().startsWith("RATE#")
                && !i.containsKey("lastSeenAt")).toList();
    }
}
