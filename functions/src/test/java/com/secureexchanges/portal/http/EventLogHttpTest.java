package com.secureexchanges.portal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.devserver.DemoData;
import com.secureexchanges.portal.testing.HttpCall;
import com.secureexchanges.portal.testing.RunningPortal;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** SPEC E2–E4 over HTTP against the local portal (DynamoDB Local): journals, CSV, verification, tampering. */
class EventLogHttpTest {

    @RegisterExtension
    static RunningPortal portal = new RunningPortal();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /**
     * The demo administrator signs in; the clock moves first, past the address's 30-second spacing and,
     * over the class, its hourly budget.
     */
    private static String adminSession(HttpCall http) {
        portal.clock.advance(Duration.ofMinutes(13));
        return http.loginAdmin(RunningPortal.CAPTCHA);
    }

    private static String standardUser(String id, String lastName) {
        portal.server.portal().stores().users().create(new User(id, DemoData.ACCOUNT_ID,
                new EmailAddress(id + "@example.com"), Profile.of("Eve", lastName, Language.EN), Role.STANDARD, true,
                Security.NONE));
        return id;
    }

    @Test
    void myJournal_listsMyEventsNewestFirst_inPages() throws Exception {
        HttpCall http = portal.http();
        String id = standardUser("journal-user", "Journal");
        String session = http.login(id + "@example.com", RunningPortal.CAPTCHA);
        for (int i = 0; i < 60; i++) {
            var put = http.send("PUT", "/api/me", "{\"firstName\":\"Eve" + i + "\",\"lastName\":\"J\",\"language\":"
                    + "\"en\",\"timeZone\":\"America/Toronto\",\"dateCulture\":\"en-CA\"}", Map.of("X-Portal-Request",
                    "1"), session);
            assertEquals(200, put.statusCode(), put.body());
        }
        JsonNode first = json(http.get("/api/me/events", session));
        assertEquals(50, first.get("events").size());
        assertEquals("profile.changed", first.get("events").get(0).get("type").asText());
        assertEquals("Eve59", first.get("events").get(0).get("details").get("firstName.after").asText());
        long newest = first.get("events").get(0).get("seq").asLong();
        assertEquals(newest - 1, first.get("events").get(1).get("seq").asLong(), "newest first");
        String cursor = first.get("cursor").asText();
        JsonNode second = json(http.get("/api/me/events?cursor=" + cursor, session));
        assertEquals(3 + 60 - 50, second.get("events").size(), "requested, link sent, succeeded, 60 changes");
        assertTrue(second.get("cursor").isNull());
        assertEquals("login.requested", second.get("events").get(second.get("events").size() - 1).get("type").asText());
        assertEquals(400, http.get("/api/me/events?cursor=AAAA", session).statusCode());
    }

    @Test
    void anAdministrator_readsExportsAndVerifiesAUsersLog_andTheExportIsAnEvent() throws Exception {
        HttpCall http = portal.http();
        String id = standardUser("logged-user", "=cmd|' /C calc'!A0");
        String userSession = http.login(id + "@example.com", RunningPortal.CAPTCHA);
        http.post("/api/logout", null, userSession);
        String admin = adminSession(http);

        JsonNode page = json(http.get("/api/users/" + id + "/events", admin));
        List<String> types = new ArrayList<>();
        page.get("events").forEach(e -> types.add(e.get("type").asText()));
        assertEquals(List.of("logout", "login.succeeded", "login.link_sent", "login.requested"), types);

        HttpResponse<String> csv = http.get("/api/users/" + id + "/events.csv?from=2000-01-01", admin);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertEquals(4, rows.size());
        assertEquals("login.requested", rows.get(0).get("type"), "oldest first in the file");
        assertEquals("1", rows.get(0).get("seq"));
        assertTrue(csv.body().contains("\r\n"), "RFC 4180 line ends");
        JsonNode verify = json(http.get("/api/users/" + id + "/events/verify", admin));
        String cutAt = csv.headers().firstValue("X-Chain-Head").orElseThrow();
        assertTrue(cutAt.matches("[0-9a-f]{64}"));
        assertEquals("4", csv.headers().firstValue("X-Chain-Seq").orElseThrow(), "the file is cut at the fourth event");
        assertFalse(cutAt.equals(verify.get("head").asText()), "the export came after the cut");
        assertEquals(5, verify.get("events").asInt(), "four events and the export itself");
        assertTrue(verify.get("valid").asBoolean());
        assertTrue(verify.get("firstBrokenSeq").isNull());
        assertEquals("events.exported", json(http.get("/api/users/" + id + "/events", admin)).get("events").get(0)
                .get("type").asText());
        assertEquals(404, http.get("/api/users/nobody/events", admin).statusCode());
        assertEquals(400, http.get("/api/users/" + id + "/events?from=2026-02-30", admin).statusCode());
    }

    @Test
    void csvCells_thatASpreadsheetWouldRun_areNeutralised() throws Exception {
        HttpCall http = portal.http();
        String id = standardUser("formula-user", "Plain");
        String session = http.login(id + "@example.com", RunningPortal.CAPTCHA);
        var put = http.send("PUT", "/api/me", "{\"firstName\":\"=HYPERLINK(\\\"http://evil\\\")\",\"lastName\":"
                + "\"+1\",\"language\":\"en\",\"timeZone\":\"America/Toronto\",\"dateCulture\":\"en-CA\"}",
                Map.of("X-Portal-Request", "1"), session);
        assertEquals(200, put.statusCode(), put.body());
        String admin = adminSession(http);
        String body = http.get("/api/users/" + id + "/events.csv", admin).body();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        String details = rows.getLast().get("details");
        assertTrue(details.startsWith("firstName.after==HYPERLINK") || details.contains("=HYPERLINK"), details);
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                assertFalse(cell.matches("^[=+\\-@\\t\\r].*"), "a cell a spreadsheet would run: " + cell);
            }
        }
    }

    /** SPEC E4: one stored event changed in DynamoDB Local, and verify names its number. */
    @Test
    void changingOneStoredEvent_isReportedAsTheFirstBrokenSeq() throws Exception {
        HttpCall http = portal.http();
        String id = standardUser("tampered-user", "Tampered");
        String session = http.login(id + "@example.com", RunningPortal.CAPTCHA);
        http.post("/api/logout", null, session);
        String admin = adminSession(http);
        assertTrue(json(http.get("/api/users/" + id + "/events/verify", admin)).get("valid").asBoolean());

        var dynamo = portal.server.dynamo();
        String table = portal.server.tables().events();
        dynamo.updateItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("ACCOUNT#" + DemoData.ACCOUNT_ID + "#USER#" + id),
                        "seq", AttributeValue.fromN("2")))
                .updateExpression("SET outcome = :f").expressionAttributeValues(Map.of(":f",
                        AttributeValue.fromS("failure"))));
        JsonNode verify = json(http.get("/api/users/" + id + "/events/verify", admin));
        assertFalse(verify.get("valid").asBoolean());
        assertEquals(2, verify.get("firstBrokenSeq").asInt());
        assertEquals(4, verify.get("events").asInt());
    }

    @Test
    void aDemotion_takesEffectOnTheNextRequest() throws Exception {
        HttpCall http = portal.http();
        var users = portal.server.portal().stores().users();
        users.create(new User("second-admin", DemoData.ACCOUNT_ID, new EmailAddress("second@example.com"),
                Profile.of("Sam", "Second", Language.EN), Role.ADMINISTRATOR, true, Security.NONE));
        portal.clock.advance(Duration.ofSeconds(31));
        String session = http.login("second@example.com", RunningPortal.CAPTCHA);
        assertEquals(200, http.get("/api/users/" + DemoData.ADMIN_ID + "/events", session).statusCode());
        User admin = users.find(new com.secureexchanges.portal.core.account.UserKey(DemoData.ACCOUNT_ID,
                "second-admin")).orElseThrow();
        setStored(admin, "role", "STANDARD");
        HttpResponse<String> refused = http.get("/api/users/" + DemoData.ADMIN_ID + "/events", session);
        assertEquals(403, refused.statusCode());
        assertEquals("forbidden", json(refused).get("error").asText());
        assertEquals(200, http.get("/api/me", session).statusCode(), "still signed in, as a standard user");

        setStored(admin, "userStatus", "suspended");
        assertEquals(401, http.get("/api/me", session).statusCode(), "a suspended user's session is refused");
    }

    /** A top-level navigation from another site (SameSite=Lax sends the cookie) cannot cause an export event. */
    @Test
    void anExportAskedByAnotherSite_isRefused_andRecordsNothing() throws Exception {
        HttpCall http = portal.http();
        String id = standardUser("export-target", "Target");
        String admin = adminSession(http);
        int before = json(http.get("/api/users/" + id + "/events/verify", admin)).get("events").asInt();
        HttpResponse<String> crossSite = http.send("GET", "/api/users/" + id + "/events.csv", null,
                Map.of("Origin", "https://evil.example"), admin);
        assertEquals(403, crossSite.statusCode());
        assertEquals("cross_origin", json(crossSite).get("error").asText());
        assertEquals(403, http.send("GET", "/api/users/" + id + "/events.csv", null, Map.of(), admin).statusCode());
        assertEquals(before, json(http.get("/api/users/" + id + "/events/verify", admin)).get("events").asInt());
    }

    /** Changes one attribute of the stored user directly, as another function's write would. */
    private static void setStored(User user, String attribute, String value) {
        portal.server.dynamo().updateItem(r -> r.tableName(portal.server.tables().directory())
                .key(Map.of("pk", AttributeValue.fromS("ACCOUNT#" + user.accountId()),
                        "sk", AttributeValue.fromS("USER#" + user.id())))
                .updateExpression("SET #a = :v").expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
    }

    @Test
    void theAccount_isTheCallersOrganisation() throws Exception {
        HttpCall http = portal.http();
        String admin = adminSession(http);
        JsonNode account = json(http.get("/api/account", admin));
        assertEquals(DemoData.ACCOUNT_ID, account.get("id").asText());
        assertEquals("Example Inc.", account.get("name").asText());
        assertFalse(account.get("createdAt").isNull());
        assertEquals(401, http.get("/api/account").statusCode());
    }
}
