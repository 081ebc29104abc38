package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.adapter.outbox.Outbox;
import com.secureexchanges.portal.adapter.ses.SesMailSender;
import com.secureexchanges.portal.adapter.sns.SnsSmsSender;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.OutgoingEmail;
import com.secureexchanges.portal.core.port.OutgoingSms;
import com.secureexchanges.portal.core.port.SmsSender;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * LocalStack mode of the local portal (SPEC D2): real SDK clients for DynamoDB, SES and SNS against a
 * LocalStack-compatible endpoint. Every email and SMS is also kept in the outbox, so its links stay
 * one click away at /dev/outbox.
 */
final class EmulatorClients implements MailSender, SmsSender {

    static final String SENDER = "no-reply@example.com";

    private final URI endpoint;
    private final Outbox outbox;
    private final MailSender ses;
    private final SmsSender sns;

    EmulatorClients(URI endpoint, Outbox outbox, Metrics metrics) {
        this.endpoint = endpoint;
        this.outbox = outbox;
        SesClient sesClient = SesClient.builder().endpointOverride(endpoint).region(region())
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
        EmulatorResources.verifySender(sesClient, SENDER);
        this.ses = new SesMailSender(sesClient, SENDER, Optional.empty(), metrics);
        this.sns = new SnsSmsSender(SnsClient.builder().endpointOverride(endpoint).region(region())
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build(),
                Optional.empty(), metrics);
    }

    DynamoDbClient dynamo() {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(region()).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Override
    public void send(OutgoingEmail email) {
        ses.send(email);
        outbox.send(email);
    }

    @Override
    public void send(OutgoingSms sms) {
        this.sns.send(sms);
        outbox.send(sms);
    }

    private static Region region() {
        return Region.of(System.getenv().getOrDefault("AWS_REGION", "us-east-1"));
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }
}
