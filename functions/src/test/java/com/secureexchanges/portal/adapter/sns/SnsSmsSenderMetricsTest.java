package com.secureexchanges.portal.adapter.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.DeliveryFailed;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.twofactor.SmsTexts;
import com.secureexchanges.portal.testing.CannedHttpClient;
import com.secureexchanges.portal.testing.InMemoryMetrics;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/** SPEC X6: the SNS sender counts what it hands over and what SNS refuses, wherever it runs. */
class SnsSmsSenderMetricsTest {

    private static final OutgoingSms SMS = new SmsTexts("Secure Exchanges", "https://portal.example.com")
            .code(new PhoneNumber("+15145550123"), Language.EN, "482913");
    private final InMemoryMetrics metrics = new InMemoryMetrics();

    private SnsSmsSender sender(CannedHttpClient http) {
        return new SnsSmsSender(SnsClient.builder().region(Region.CA_CENTRAL_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClient(http).build(), Optional.empty(), metrics);
    }

    @Test
    void anSmsSnsAccepts_countsOneSmsSent() {
        sender(new CannedHttpClient(200, "text/xml",
                "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">" + "<PublishResult><MessageId>m-1</MessageId></PublishResult>"
                + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PublishResponse>")).send(SMS);
        assertEquals(List.of(Map.of(Metric.SMS_SENT, 1)), metrics.records());
    }

    @Test
    void anSmsSnsRefuses_countsAFailedSmsDelivery_andNothingSent() {
        CannedHttpClient refusing = new CannedHttpClient(400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type>"
                + "<Code>InvalidParameter</Code><Message>Invalid parameter: PhoneNumber</Message></Error>"
                + "<RequestId>r-1</RequestId></ErrorResponse>");
        assertThrows(DeliveryFailed.class, () -> sender(refusing).send(SMS));
        assertEquals(List.of(Map.of(Metric.DELIVERIES_FAILED, 1, Metric.SMS_FAILED, 1)), metrics.records());
    }
}
