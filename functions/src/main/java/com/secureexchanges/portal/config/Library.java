package com.secureexchanges.portal.config;

/**
 * A library that only some functions load, and so only some {@link Artifact}s hold (functions/pom.xml
 * excludes it from the others). Everything else (the DynamoDB and Secrets Manager clients, JSON, the
 * phone-number rules) is in every jar.
 */
public enum Library {
    /** The SES v2 client (3.2 MB of model classes). */
    SES("software/amazon/awssdk/services/sesv2/SesV2Client.class"),
    /** The SNS client and the query protocol it speaks. */
    SNS("software/amazon/awssdk/services/sns/SnsClient.class"),
    /** Apache Commons CSV with Commons IO and Codec: the event log's export and the users' import. */
    CSV("org/apache/commons/csv/CSVFormat.class"),
    /** dnsjava and Guava (for its public-suffix list; only the Guava classes the portal reaches: functions/pom.xml). */
    DNS("org/xbill/DNS/SimpleResolver.class");

    private final String marker;

    Library(String marker) {
        this.marker = marker;
    }

    /** An entry that a jar holds exactly when it holds this library. */
    public String marker() {
        return marker;
    }
}
