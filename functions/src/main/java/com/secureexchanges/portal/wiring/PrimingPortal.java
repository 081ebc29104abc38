package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.cloudwatch.EmfMetrics;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.core.port.TokenGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A throw-away portal for the SnapStart priming (issue 12): the same services, handlers and SDK code paths
 * as the real one, over DynamoDB that answers in-process ({@link OfflineDynamoHttp}), with nothing in it
 * that may not be cloned into every execution environment: a clock stopped at {@link #INSTANT}, tokens and
 * codes that are constant strings, an HMAC key of zeros, placeholder credentials, no log, and no mail or SMS
 * but for the deliveries function's, which go to SES and SNS answering in-process as well. It shares no
 * object with {@link Portal#production()}; once the priming requests have run it is garbage.
 */
public final class PrimingPortal {

    /** The priming's only instant: never a reading of the real clock. */
    public static final Instant INSTANT = Instant.parse("2001-01-01T00:00:00Z");

    private PrimingPortal() {
    }

    /** A portal with {@code config}'s tables and policies over {@code dynamo}, sending no mail or SMS. */
    public static Portal create(AppConfig config, OfflineDynamoHttp dynamo) {
        return create(config, dynamo, email -> { }, sms -> { }, new ConstantTokens(false));
    }

    /**
     * As {@link #create(AppConfig, OfflineDynamoHttp)}, handing mail and SMS to {@code mail} and {@code sms}
     * (the deliveries function's priming: SES and SNS over offline HTTP, see {@link DeliveriesPrimingPortal}),
     * and with ids numbered in order, so that each delivery the priming writes is an item of its own.
     */
    public static Portal create(AppConfig config, OfflineDynamoHttp dynamo, MailSender mail, SmsSender sms) {
        return create(config, dynamo, mail, sms, new ConstantTokens(true));
    }

    private static Portal create(AppConfig config, OfflineDynamoHttp dynamo, MailSender mail, SmsSender sms,
                                 TokenGenerator tokens) {
        DynamoDbClient client = DynamoDbClient.builder().httpClient(dynamo).region(region())
                .credentialsProvider(credentials()).build();
        // Priming loads the code of the answer floor but does not wait it out: its 20 rounds would only sleep.
        AppConfig unpaced = config.withLogin(config.login().withAnswerFloor(Duration.ZERO));
        return Portal.of(new Portal.Environment(unpaced, clock(), Stores.onDynamo(client, config.tables()),
                () -> mail, () -> sms, new HmacSecretHasher(List.of(new byte[32])), tokens, Optional.empty(),
                line -> { }, metrics()));
    }

    /** The region only picks the endpoint the offline clients pretend to call: the function's own when known. */
    static Region region() {
        return Region.of(Optional.ofNullable(System.getenv("AWS_REGION")).orElse(Region.US_EAST_1.id()));
    }

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
    }

    /** EMF lines written nowhere, stamped {@link #INSTANT}. */
    static Metrics metrics() {
        return new EmfMetrics(line -> { }, clock(), EmfMetrics.LOCAL_STAGE);
    }

    private static Clock clock() {
        return Clock.fixed(INSTANT, ZoneOffset.UTC);
    }

    /**
     * Fixed strings of the lengths the real generator gives: priming draws no randomness. Ids are either all
     * the same or numbered in order ({@code priming000000000000001}…).
     */
    static final class ConstantTokens implements TokenGenerator {

        private final boolean numbered;
        private final AtomicInteger issued = new AtomicInteger();

        ConstantTokens(boolean numbered) {
            this.numbered = numbered;
        }

        @Override
        public String token() {
            return "A".repeat(43);
        }

        @Override
        public String id() {
            return numbered ? "priming%015d".formatted(issued.incrementAndGet()) : "A".repeat(22);
        }

        @Override
        public String digits(int count) {
            return "0".repeat(count);
        }
    }
}
