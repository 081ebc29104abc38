package com.secureexchanges.portal.localstack;

import java.net.URI;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * A LocalStack-compatible emulator named by {@code LOCALSTACK_ENDPOINT} (SPEC D2). Tests that need it
 * are skipped, with a message, when it is not set: these machines have no Docker engine to start one.
 */
final class LocalStack {

    private LocalStack() {
    }

    static URI endpoint() {
        String endpoint = System.getenv("LOCALSTACK_ENDPOINT");
        Assumptions.assumeTrue(endpoint != null && !endpoint.isBlank(),
                "LOCALSTACK_ENDPOINT is not set: skipping the LocalStack integration tests (see README)");
        return URI.create(endpoint);
    }

    static DynamoDbClient dynamo() {
        return DynamoDbClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static SesClient ses() {
        return SesClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
