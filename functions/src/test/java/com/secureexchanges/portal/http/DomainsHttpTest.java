package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC U4, R: "Organizational domain management" over HTTP, verified on the portal's loopback DNS server. */
class DomainsHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final RunningPortal portal = new RunningPortal();
    private static final HttpCall http = portal.http();

    /** Each test signs in anew: past the spacing and hourly budget of sign-in emails. */
    @BeforeEach
    void later() {
        portal.clock.advance(Duration.ofMinutes(21));
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    @Test
    void addPublishVerify_thenUsersCanBeAddedAtTheDomain() {
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);
        HttpResponse<String> added = http.post("/api/domains", "{\"domain\":\"Acme-Corp.CA\"}", admin);
        assertEquals(201, added.statusCode(), added.body());
        JsonNode claim = json(added);
        assertEquals(List.of("domain", "status", "recordName", "recordType", "recordValue", "verifiedAt"),
                iterable(claim.fieldNames()));
        assertEquals("acme-corp.ca", claim.get("domain").asText());
        assertEquals("pending", claim.get("status").asText());
        assertEquals("_secure-exchanges-challenge.acme-corp.ca", claim.get("recordName").asText());
        assertEquals("TXT", claim.get("recordType").asText());
        assertTrue(claim.get("verifiedAt").isNull());
        assertEquals(200, http.post("/api/domains", "{\"domain\":\"acme-corp.ca\"}", admin).statusCode(),
                "adding it again answers it as it is");

        portal.dns.publish("_secure-exchanges-challenge.acme-corp.ca", "v=spf1 -all");
        HttpResponse<String> notYet = http.send("POST", "/api/domains/acme-corp.ca/verify", null,
                Map.of("Origin", portal.url(), "X-Portal-Request", "1", "Accept-Language", "fr-CA"), admin);
        assertEquals(422, notYet.statusCode());
        assertEquals("record_not_found", json(notYet).get("error").asText());
        assertTrue(json(notYet).get("message").asText().startsWith("L’enregistrement TXT est introuvable"));
        assertEquals("v=spf1 -all", json(notYet).get("seen").get(0).asText());
        assertEquals(422, http.post("/api/users", user("pat@acme-corp.ca"), admin).statusCode(),
                "not approved yet");

        portal.dns.publish("_secure-exchanges-challenge.acme-corp.ca", claim.get("recordValue").asText());
        HttpResponse<String> verified = http.post("/api/domains/acme-corp.ca/verify", null, admin);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("verified", json(verified).get("status").asText());
        JsonNode listed = json(http.get("/api/domains", admin)).get("domains");
        assertTrue(iterable(listed.elements()).stream().anyMatch(d -> d.get("domain").asText().equals("acme-corp.ca")
                && d.get("status").asText().equals("verified") && !d.get("verifiedAt").isNull()), listed.toString());
        assertTrue(iterable(listed.elements()).stream().anyMatch(d -> d.get("domain").asText().equals("example.com")),
                "the demo account's own domain is listed");
        assertEquals(201, http.post("/api/users", user("pat@acme-corp.ca"), admin).statusCode());
    }

    @Test
    void changes_mustComeFromThePortalsPages() {
        String admin = http.loginAdmin(RunningPortal.CAPTCHA);
        HttpResponse<String> forged = http.send("POST", "/api/domains", "{\"domain\":\"forged.ca\"}",
                Map.of("Origin", "https://evil.example"), admin);
        assertEquals(403, forged.statusCode());
        assertTrue(json(http.get("/api/domains", admin)).get("domains").toString().indexOf("forged.ca") < 0);
    }

    private static String user(String email) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"Pat\",\"lastName\":\"Person\",\"language\":\"en\","
                + "\"timeZone\":\"America/Toronto\",\"role\":\"standard\"}";
    }

    private static <T> List<T> iterable(java.util.Iterator<T> items) {
        List<T> out = new java.util.ArrayList<>();
        items.forEachRemaining(out::add);
        return out;
    }
}
