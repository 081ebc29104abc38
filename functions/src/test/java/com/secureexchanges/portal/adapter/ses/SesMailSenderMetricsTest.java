package com.secureexchanges.portal.adapter.ses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.port.DeliveryFailed;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.OutgoingEmail;
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
import software.amazon.awssdk.services.ses.SesClient;

/** SPEC X6: the SES sender counts what it hands over and what SES refuses, wherever it runs. */
class SesMailSenderMetricsTest {

    private static final OutgoingEmail EMAIL = new OutgoingEmail(new EmailAddress("ada@example.com"), "Subject",
            "text", "<p>html</p>", true);
    private final InMemoryMetrics metrics = new InMemoryMetrics();

    private SesMailSender sender(CannedHttpClient http) {
        return new SesMailSender(SesClient.builder().region(Region.CA_CENTRAL_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClient(http).build(), "no-reply@example.com", Optional.empty(), metrics);
    }

    @Test
    void anEmailSesAccepts_countsOneEmailSent() {
        sender(new CannedHttpClient(200, "text/xml", "<SendEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"
                + "<SendEmailResult><MessageId>m-1</MessageId></SendEmailResult></SendEmailResponse>")).send(EMAIL);
        assertEquals(List.of(Map.of(Metric.EMAILS_SENT, 1)), metrics.records());
    }

    @Test
    void anEmailSesRefuses_countsAFailedDelivery_andNothingSent() {
        CannedHttpClient refusing = new CannedHttpClient(400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type>"
                + "<Code>MessageRejected</Code><Message>Email address is not verified.</Message></Error>"
                + "<RequestId>r-1</RequestId></ErrorResponse>");
        assertThrows(DeliveryFailed.class, () -> sender(refusing).send(EMAIL));
        assertEquals(List.of(Map.of(Metric.DELIVERIES_FAILED, 1, Metric.EMAILS_FAILED, 1)), metrics.records());
    }
}
