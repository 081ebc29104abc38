package com.secureexchanges.portal.adapter.dynamodb;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * How a DynamoDB client on the request path retries: the SDK's standard mode (three attempts, jittered
 * backoff) within five seconds per call, not DynamoDB's legacy default of nine attempts with up to 20 s
 * pauses, which outlasts API Gateway's 29 s. What still fails is {@code 503 service_unavailable}: nothing
 * of the request was written (its writes are one transaction) and the person tries again.
 */
public final class DynamoRetries {

    private DynamoRetries() {
    }

    public static ClientOverrideConfiguration.Builder onTheRequestPath(ClientOverrideConfiguration.Builder config) {
        return config.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(5));
    }
}
