package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC A3–A5, P1, R over HTTP, as the licence pages will use it: the shapes SPEC R gives, the demo account's
 * first order, and what a user sees of the licence they are given.
 */
class LicensesHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();
    private static final HttpCall http = portal.http();

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static HttpResponse<String> send(String method, String path, String body, String session) {
        return http.send(method, path, body, Map.of("Origin", portal.url(), "Content-Type", "application/json"),
                session);
    }

    private static Map<String, List<Long>> pool(JsonNode body) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        body.get("plans").forEach(p -> out.put(p.get("plan").asText(), List.of(p.get("total").asLong(),
                p.get("assigned").asLong(), p.get("available").asLong())));
        return out;
    }

    @Test
    void aPurchase_anAssignment_andWhatTheUserSeesOfIt() {
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);

        JsonNode plans = json(http.get("/api/plans", admin), 200).get("plans");
        assertEquals(JSON.valueToTree(Map.of("id", "eco", "name", "Eco", "names", Map.of("en", "Eco", "fr", "Éco"),
                "rank", 1, "monthlyPrice", Map.of("amount", 1500, "currency", "CAD"))), plans.get(0));
        assertEquals("Avancé", json(http.send("GET", "/api/plans", null, Map.of("Accept-Language", "fr-CA"), admin),
                200).get("plans").get(1).get("name").asText());

        JsonNode demo = json(http.get("/api/licenses", admin), 200);
        assertEquals(Map.of("eco", List.of(5L, 0L, 5L), "advanced", List.of(2L, 0L, 2L), "pro", List.of(1L, 1L, 0L)),
                pool(demo), "the demo account's first order");
        assertEquals(JSON.valueToTree(Map.of("id", DemoData.LICENSE_ID, "plan", "pro", "holder", Map.of("userId",
                DemoData.ADMIN_ID, "email", DemoData.ADMIN_EMAIL))), demo.get("licenses").get(0));
        assertEquals(8, demo.get("licenses").size(), "one held, seven free");
        assertTrue(demo.get("licenses").get(1).get("holder").isNull());

        portal.clock.advance(Duration.ofSeconds(5));
        JsonNode order = json(send("POST", "/api/orders", "{\"lines\":[{\"plan\":\"advanced\",\"quantity\":2}]}",
                admin), 201);
        assertEquals("awaiting_payment", order.get("status").asText());
        assertEquals(JSON.valueToTree(Map.of("amount", 5_000, "currency", "CAD")), order.get("monthlyTotal"));
        assertEquals("advanced", order.get("lines").get(0).get("plan").asText());
        assertTrue(order.get("total").get("amount").asLong() <= 5_000, "what is left of the demo's first month");
        assertEquals(Map.of("eco", List.of(5L, 0L, 5L), "advanced", List.of(4L, 0L, 4L), "pro", List.of(1L, 1L, 0L)),
                pool(json(http.get("/api/licenses", admin), 200)));
        List<String> orders = new ArrayList<>();
        json(http.get("/api/orders", admin), 200).get("orders").forEach(o -> orders.add(o.get("id").asText()));
        assertEquals(List.of(order.get("id").asText(), DemoData.ORDER_ID), orders, "newest first");

        JsonNode added = json(send("POST", "/api/users", "{\"email\":\"lic.user@example.com\",\"firstName\":\"Lic\","
                + "\"lastName\":\"User\",\"language\":\"en\",\"timeZone\":\"UTC\",\"role\":\"standard\","
                + "\"plan\":\"advanced\"}", admin), 201);
        String id = added.get("id").asText();
        assertEquals("advanced", added.get("plan").asText());
        assertTrue(http.get("/api/users?query=lic.user", admin).body().contains("\"plan\":\"advanced\""));
        assertTrue(http.get("/dev/outbox.json").body().contains("Your Secure Exchanges license: Advanced"));

        portal.clock.advance(Duration.ofSeconds(31));
        JsonNode me = json(http.get("/api/me", http.login("lic.user@example.com", RunningPortal.CAPTCHA)), 200);
        assertEquals("advanced", me.get("licenseType").asText());
        assertEquals(order.get("periodEnd").asText(), me.get("licenseRenewsAt").asText(),
                "renews with the account, at the end of the running period");

        JsonNode changed = json(send("PUT", "/api/users/" + id + "/license", "{\"plan\":\"eco\"}", admin), 200);
        assertEquals(JSON.valueToTree(Map.of("id", id, "plan", "eco")), changed.get("user"));
        assertEquals(Map.of("eco", List.of(5L, 1L, 4L), "advanced", List.of(4L, 0L, 4L), "pro", List.of(1L, 1L, 0L)),
                pool(changed), "each operation answers the pool");
        JsonNode removed = json(send("DELETE", "/api/users/" + id + "/license", null, admin), 200);
        assertTrue(removed.get("user").get("plan").isNull());
        assertEquals(List.of(5L, 0L, 5L), pool(removed).get("eco"));
    }
}
