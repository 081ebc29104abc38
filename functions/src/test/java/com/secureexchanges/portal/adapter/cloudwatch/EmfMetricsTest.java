package com.secureexchanges.portal.adapter.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.MutableClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lines CloudWatch turns into metrics: valid embedded metric format, and nothing but counts. */
class EmfMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");
    private final List<String> lines = new ArrayList<>();
    private final EmfMetrics metrics = new EmfMetrics(lines::add, clock, "prod");

    /** Checks {@code line} against the EMF specification; returns the metric values it declares. */
    private static Map<String, Integer> validEmf(String line) throws Exception {
        JsonNode root = JSON.readTree(line);
        JsonNode aws = root.get("_aws");
        assertTrue(aws.get("Timestamp").isIntegralNumber(), "Timestamp in epoch milliseconds");
        JsonNode directives = aws.get("CloudWatchMetrics");
        assertEquals(1, directives.size());
        JsonNode directive = directives.get(0);
        assertEquals("SecureExchangesPortal", directive.get("Namespace").asText());
        Set<String> members = new HashSet<>(Set.of("_aws"));
        for (JsonNode dimensionSet : directive.get("Dimensions")) {
            for (JsonNode dimension : dimensionSet) {
                assertTrue(root.get(dimension.asText()).isTextual(), "a dimension is a string member");
                members.add(dimension.asText());
            }
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        for (JsonNode metric : directive.get("Metrics")) {
            String name = metric.get("Name").asText();
            assertEquals("Count", metric.get("Unit").asText());
            assertTrue(root.get(name).isIntegralNumber(), name + " is a number member");
            values.put(name, root.get(name).asInt());
            members.add(name);
        }
        Set<String> present = new HashSet<>();
        root.fieldNames().forEachRemaining(present::add);
        assertEquals(members, present, "nothing but the directive, its dimension and its metrics");
        return values;
    }

    @Test
    void aLine_isValidEmf_withTheNamespaceTheStageAndTheCounts() throws Exception {
        metrics.count(Metric.ERROR_2);
        assertEquals(1, lines.size());
        assertEquals(Map.of("Error2", 1), validEmf(lines.getFirst()));
        JsonNode root = JSON.readTree(lines.getFirst());
        assertEquals(clock.millis(), root.get("_aws").get("Timestamp").asLong());
        assertEquals("[[\"Stage\"]]", root.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").toString());
        assertEquals("prod", root.get("Stage").asText());
    }

    @Test
    void aSignInRequest_writesTheSameLine_withOrWithoutALink_butItsCount() throws Exception {
        metrics.loginRequest(true);
        metrics.loginRequest(false);
        assertEquals(Map.of("LoginRequests", 1, "LinksSent", 1), validEmf(lines.get(0)));
        assertEquals(Map.of("LoginRequests", 1, "LinksSent", 0), validEmf(lines.get(1)));
        assertEquals(lines.get(0).replace("\"LinksSent\":1", "\"LinksSent\":0"), lines.get(1));
    }

    @Test
    void aFailedSms_isAFailedDelivery_onOneLine() throws Exception {
        metrics.deliveryFailed(Metric.SMS_FAILED);
        assertEquals(Map.of("SmsFailed", 1, "DeliveriesFailed", 1), validEmf(lines.getFirst()));
    }

    @Test
    void theLinesOfWholeJourneys_holdNoAddressTokenCodeOrNumber() throws Exception {
        CoreFixture f = new CoreFixture();
        f.addUser("ada@example.com");
        f.addTwoFactorUser("grace@example.com", "+15145550123");
        String ada = f.signIn("ada@example.com");
        String grace = f.signIn("grace@example.com");
        String binding = f.requestLink("ada@example.com");
        String token = f.mail.lastToken();
        assertThrows(BrowserMismatch.class, () -> f.redemption.redeem(token, Optional.empty(), CoreFixture.BROWSER));
        f.metrics.records().forEach(metrics::record);

        assertEquals(Map.of("LoginRequests", 3, "LinksSent", 3, "Logins", 2, "TwoFactorCodesSent", 1, "Error2", 1),
                totals());
        // Only the timestamp's digits could match a 6-digit code by chance.
        String all = String.join("\n", lines).replaceAll("\"Timestamp\":[0-9]+", "");
        for (String secret : List.of("ada@example.com", "grace@example.com", "5145550123", token, binding, ada, grace,
                f.sms.lastCode(), f.tokens.lastDigits())) {
            assertFalse(all.contains(secret), "a metric line holds a secret: " + secret.substring(0, 3) + "…");
        }
    }

    private Map<String, Integer> totals() throws Exception {
        Map<String, Integer> totals = new HashMap<>();
        for (String line : lines) {
            validEmf(line).forEach((name, value) -> totals.merge(name, value, Integer::sum));
        }
        return totals;
    }

    @Test
    void theStage_isTheLambdaVariables_orLocal_andOneThatWouldNeedEscapingIsRefusedAtStart() throws Exception {
        EmfMetrics.of(Map.of(EmfMetrics.STAGE_VARIABLE, "prod-2"), lines::add, clock).count(Metric.LOGINS);
        EmfMetrics.of(Map.of(), lines::add, clock).count(Metric.LOGINS);
        assertEquals("prod-2", JSON.readTree(lines.get(0)).get("Stage").asText());
        assertEquals("local", JSON.readTree(lines.get(1)).get("Stage").asText());
        assertThrows(IllegalArgumentException.class, () -> new EmfMetrics(lines::add, clock, "prod\",\"x"));
        assertThrows(IllegalArgumentException.class, () -> new EmfMetrics(lines::add, clock, ""));
    }
}
