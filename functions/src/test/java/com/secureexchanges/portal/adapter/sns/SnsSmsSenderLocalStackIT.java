package com.secureexchanges.portal.adapter.sns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.twofactor.SmsTexts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Sends a real SMS through a LocalStack-compatible endpoint given by {@code LOCALSTACK_ENDPOINT} and
 * reads it back from the emulator's SMS log. Skipped, with a message, when no endpoint is given
 * (these machines have no Docker engine to start LocalStack).
 */
class SnsSmsSenderLocalStackIT {

    @Test
    void anSmsSentThroughTheEmulator_canBeReadBack() throws Exception {
        String endpoint = System.getenv("LOCALSTACK_ENDPOINT");
        Assumptions.assumeTrue(endpoint != null && !endpoint.isBlank(),
                "LOCALSTACK_ENDPOINT is not set: skipping the SNS integration test (see README, LocalStack)");
        SnsClient sns = SnsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        String code = Long.toString(100_000 + System.nanoTime() % 900_000);
        new SnsSmsSender(sns, Optional.empty(), counts -> { }).send(new SmsTexts("Secure Exchanges",
                "https://portal.example.com").code(new PhoneNumber("+15145550123"), Language.EN, code));
        HttpClient http = HttpClient.newHttpClient();
        String log = "";
        for (String path : new String[] {"/_aws/sns/sms-messages", "/_aws/sns"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                log += r.body();
            }
        }
        assertTrue(log.contains("+15145550123") && log.contains(code), "the emulator logged the SMS");
    }
}
