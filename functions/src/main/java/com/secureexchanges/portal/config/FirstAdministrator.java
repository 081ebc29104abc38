package com.secureexchanges.portal.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first administrator of a new deployment, as the two directory items the DynamoDB adapter
 * reads (the user, and the claim on the address that sign-in reads), in DynamoDB's JSON form. Plain
 * Java, so the CDK app can create them at deploy time without the SDK; a test checks them against
 * the adapter's own items, so the two layouts cannot drift apart.
 */
public final class FirstAdministrator {

    public static final String USER_ID = "first-administrator";
    public static final String ACCOUNT_ID = "first-account";

    private FirstAdministrator() {
    }

    /**
     * The user item and the address item, each as {@code {"attribute": {"S": "..."}}}, with sorted
     * keys: the CDK app serialises them into the template, which must be the same at every synth.
     */
    public static List<Map<String, Object>> items(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Map<String, Object> user = new TreeMap<>(Map.ofEntries(
                Map.entry("pk", s("USER#" + USER_ID)), Map.entry("sk", s("PROFILE")),
                Map.entry("userId", s(USER_ID)), Map.entry("accountId", s(ACCOUNT_ID)), Map.entry("email", s(address)),
                Map.entry("firstName", s("")), Map.entry("lastName", s("")), Map.entry("language", s("en")),
                Map.entry("timeZone", s("America/Toronto")), Map.entry("dateCulture", s("en-CA")),
                Map.entry("role", s("ADMINISTRATOR")), Map.entry("userStatus", s("active")),
                Map.entry("mobileVerified", Map.of("BOOL", false)), Map.entry("twoFactor", Map.of("BOOL", false)),
                Map.entry("securityVersion", Map.of("N", "1"))));
        Map<String, Object> claim = new TreeMap<>(Map.of(
                "pk", s("EMAIL#" + address), "sk", s("LOGIN"), "userId", s(USER_ID), "accountId", s(ACCOUNT_ID),
                "language", s("en"), "userStatus", s("active"), "securityVersion", Map.of("N", "1")));
        return List.of(user, claim);
    }

    private static Map<String, Object> s(String value) {
        return Map.of("S", value);
    }
}
