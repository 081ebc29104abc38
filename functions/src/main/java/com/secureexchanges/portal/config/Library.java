package com.secureexchanges.portal.config;

/**
 * A library that only some functions load, and so only some {@link Artifact}s hold (functions/pom.xml
 * excludes it from the others). Everything else (the DynamoDB and Secrets Manager clients, JSON) is in every
 * jar.
 */
public enum Library {
    /** The SES client (1.8 MB of model classes; SES v2's was 3.2 MB). */
    SES("software/amazon/awssdk/services/ses/SesClient.class"),
    /** The SNS client and the query protocol it speaks. */
    SNS("software/amazon/awssdk/services/sns/SnsClient.class"),
    /** Apache Commons CSV with Commons IO and Codec: the event log's export and the users' import. */
    CSV("org/apache/commons/csv/CSVFormat.class"),
    /** dnsjava and Guava (for its public-suffix list; only the Guava classes the portal reaches: functions/pom.xml). */
    DNS("org/xbill/DNS/SimpleResolver.class"),
    /**
     * libphonenumber: what a person types as a mobile number is checked against each country's plan, in every
     * function that takes one; the deliveries function only texts numbers already checked and stored.
     */
    PHONE_RULES("com/google/i18n/phonenumbers/PhoneNumberUtil.class");

    private final String marker;

    Library(String marker) {
        this.marker = marker;
    }

    /** An entry that a jar holds exactly when it holds this library. */
    public String marker() {
        return marker;
    }
}
