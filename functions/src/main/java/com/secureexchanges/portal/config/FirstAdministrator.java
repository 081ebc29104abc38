package com.secureexchanges.portal.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first account and administrator of a new deployment, as the three directory items the DynamoDB
 * adapter reads (the account, the user under it, and the claim on the address that sign-in reads), in
 * DynamoDB's JSON form. Plain Java, so the CDK app can create them at deploy time without the SDK; a
 * test checks them against the adapter's own items, so the layouts cannot drift apart.
 *
 * <p>The account has no creation time: CloudFormation cannot write the deploy time into an item, and
 * the template must be the same at every synth.
 */
public final class FirstAdministrator {

    public static final String USER_ID = "first-administrator";
    public static final String ACCOUNT_ID = "first-account";

    private FirstAdministrator() {
    }

    /**
     * The account, user and address items, each as {@code {"attribute": {"S": "..."}}}, with sorted
     * keys: the CDK app serialises them into the template, which must be the same at every synth.
     *
     * @param organization the account's name
     */
    public static List<Map<String, Object>> items(String email, String organization) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String partition = "ACCOUNT#" + ACCOUNT_ID;
        Map<String, Object> account = new TreeMap<>(Map.of(
                "pk", s(partition), "sk", s("ACCOUNT"), "accountId", s(ACCOUNT_ID), "name", s(organization),
                "accountStatus", s("active"), "activeAdmins", Map.of("N", "1")));
        Map<String, Object> user = new TreeMap<>(Map.ofEntries(
                Map.entry("pk", s(partition)), Map.entry("sk", s("USER#" + USER_ID)),
                Map.entry("userId", s(USER_ID)), Map.entry("accountId", s(ACCOUNT_ID)), Map.entry("email", s(address)),
                Map.entry("firstName", s("")), Map.entry("lastName", s("")), Map.entry("language", s("en")),
                Map.entry("timeZone", s("America/Toronto")), Map.entry("dateCulture", s("en-CA")),
                Map.entry("role", s("ADMINISTRATOR")), Map.entry("userStatus", s("active")),
                Map.entry("mobileVerified", Map.of("BOOL", false)), Map.entry("twoFactor", Map.of("BOOL", false)),
                Map.entry("securityVersion", Map.of("N", "1")), Map.entry("nameKey", s("||" + address)),
                Map.entry("emailKey", s(address)), Map.entry("searchText", s("  " + address))));
        Map<String, Object> claim = new TreeMap<>(Map.of(
                "pk", s("EMAIL#" + address), "sk", s("LOGIN"), "userId", s(USER_ID), "accountId", s(ACCOUNT_ID),
                "language", s("en"), "userStatus", s("active"), "securityVersion", Map.of("N", "1")));
        return List.of(account, user, claim);
    }

    /** The account's name when none is given: the administrator's mail domain. */
    public static String defaultOrganization(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        return address.substring(address.indexOf('@') + 1);
    }

    private static Map<String, Object> s(String value) {
        return Map.of("S", value);
    }
}
