package com.secureexchanges.portal.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The context an operator passes: defaults, and a clear refusal of what the functions would refuse later. */
class StageConfigTest {

    private static StageConfig fromContext(Map<String, Object> context) {
        return StageConfig.fromContext(context::get);
    }

    @Test
    void eventRetention_is400Days_unlessTheStageSaysOtherwise() {
        assertEquals(400, fromContext(Map.of()).eventRetentionDays());
        assertEquals(30, fromContext(Map.of("eventRetentionDays", "30")).eventRetentionDays());
        assertEquals(3650, fromContext(Map.of("eventRetentionDays", 3650)).eventRetentionDays());
    }

    @Test
    void eventRetention_outsideOneDayToTenYears_isRefusedByName() {
        for (Object days : new Object[] {"0", "3651", "-1", "ten", "1.5", 99999}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> fromContext(Map.of("eventRetentionDays", days)), String.valueOf(days));
            assertTrue(e.getMessage().startsWith("eventRetentionDays must be a number of days from 1 to 3650"),
                    e.getMessage());
        }
    }

    @Test
    void firstOrganization_isTheAdministratorsDomain_unlessNamed() {
        assertEquals(Optional.of("example.com"),
                fromContext(Map.of("adminEmail", "Ops@Example.com")).firstOrganization());
        assertEquals(Optional.of("Example Inc."), fromContext(Map.of("adminEmail", "ops@example.com",
                "organizationName", "Example Inc.")).firstOrganization());
        assertEquals(Optional.empty(), fromContext(Map.of()).firstOrganization());
    }

    @Test
    void organizationName_withoutAdminEmail_orTooLong_isRefused() {
        var alone = assertThrows(IllegalArgumentException.class,
                () -> fromContext(Map.of("organizationName", "Example Inc.")));
        assertTrue(alone.getMessage().contains("adminEmail"), alone.getMessage());
        var tooLong = assertThrows(IllegalArgumentException.class, () -> fromContext(Map.of(
                "adminEmail", "ops@example.com", "organizationName", "x".repeat(201))));
        assertTrue(tooLong.getMessage().contains("organizationName"), tooLong.getMessage());
    }

    @Test
    void originSecretVersion_isAVersionIdOrNothing() {
        assertEquals(Optional.empty(), fromContext(Map.of()).originSecretVersion());
        String version = "3f1c2a9e-5b7d-4e21-9c0a-6d8f4b2e7a13";
        assertEquals(Optional.of(version), fromContext(Map.of("originSecretVersion", version)).originSecretVersion());
        var e = assertThrows(IllegalArgumentException.class,
                () -> fromContext(Map.of("originSecretVersion", "AWSPREVIOUS")));
        assertTrue(e.getMessage().startsWith("originSecretVersion must be a version id"), e.getMessage());
    }

    @Test
    void thePlansFile_isCheckedAtSynth_andPassedOnCompact() throws IOException {
        assertEquals(Optional.empty(), fromContext(Map.of()).plans(), "the plans built into the jar");
        Path good = Files.createTempFile("plans", ".json");
        Files.writeString(good, "{ \"plans\": [ {\"id\": \"solo\", \"rank\": 1,\n"
                + "  \"name\": {\"en\": \"Solo\", \"fr\": \"Solo\"}, \"monthlyPrice\": {\"amount\": 500, "
                + "\"currency\": \"USD\"}} ] }");
        assertEquals(Optional.of("{\"plans\":[{\"id\":\"solo\",\"name\":{\"en\":\"Solo\",\"fr\":\"Solo\"},"
                + "\"rank\":1,\"monthlyPrice\":{\"amount\":500,\"currency\":\"USD\"}}]}"),
                fromContext(Map.of("plansFile", good.toString())).plans());
        Path bad = Files.createTempFile("plans", ".json");
        Files.writeString(bad, Files.readString(good).replace("USD", "XYZ"));
        var e = assertThrows(IllegalStateException.class, () -> fromContext(Map.of("plansFile", bad.toString())));
        assertTrue(e.getMessage().contains("XYZ is not an ISO 4217 currency code"), e.getMessage());
        var missing = assertThrows(IllegalArgumentException.class,
                () -> fromContext(Map.of("plansFile", "no/such/plans.json")));
        assertTrue(missing.getMessage().startsWith("plansFile: cannot read"), missing.getMessage());
    }

    @Test
    void cloudfront_isOnUnlessTheDeployIsForAnEmulator() {
        assertTrue(fromContext(Map.of()).cloudfront());
        assertEquals(false, fromContext(Map.of("cloudfront", "false")).cloudfront());
        assertEquals(false, fromContext(Map.of("cloudfront", false)).cloudfront());
        var typo = assertThrows(IllegalArgumentException.class, () -> fromContext(Map.of("cloudfront", "no")));
        assertTrue(typo.getMessage().startsWith("cloudfront must be true or false"), typo.getMessage());
    }

    @Test
    void withoutCloudFront_itsOptionsAreRefused() {
        var domain = assertThrows(IllegalArgumentException.class, () -> fromContext(Map.of("cloudfront", "false",
                "domainName", "portal.example.com", "certificateArn", "arn:aws:acm:us-east-1:1:certificate/x")));
        assertTrue(domain.getMessage().contains("cloudfront=false"), domain.getMessage());
        var version = assertThrows(IllegalArgumentException.class, () -> fromContext(Map.of("cloudfront", "false",
                "originSecretVersion", "3f1c2a9e-5b7d-4e21-9c0a-6d8f4b2e7a13")));
        assertTrue(version.getMessage().contains("cloudfront=false"), version.getMessage());
    }
}
