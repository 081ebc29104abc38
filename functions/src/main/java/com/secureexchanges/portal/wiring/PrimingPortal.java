package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.core.port.TokenGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A throw-away portal for the SnapStart priming (issue 12): the same services, handlers and SDK code paths
 * as the real one, over DynamoDB that answers in-process ({@link OfflineDynamoHttp}), with nothing in it
 * that may not be cloned into every execution environment: a clock stopped at {@link #INSTANT}, tokens and
 * codes that are constant strings, an HMAC key of zeros, placeholder credentials, no mail, SMS or log. It
 * shares no object with {@link Portal#production()}; once the priming requests have run it is garbage.
 */
public final class PrimingPortal {

    /** The priming's only instant: never a reading of the real clock. */
    public static final Instant INSTANT = Instant.parse("2001-01-01T00:00:00Z");

    private PrimingPortal() {
    }

    /** A portal with {@code config}'s tables and policies over {@code dynamo}. */
    public static Portal create(AppConfig config, OfflineDynamoHttp dynamo) {
        // The region only picks the endpoint the offline client pretends to call; the function's own when known.
        String region = Optional.ofNullable(System.getenv("AWS_REGION")).orElse(Region.US_EAST_1.id());
        DynamoDbClient client = DynamoDbClient.builder().httpClient(dynamo).region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .build();
        // Priming loads the code of the answer floor but does not wait it out: its 20 rounds would only sleep.
        AppConfig unpaced = config.withLogin(config.login().withAnswerFloor(Duration.ZERO));
        return Portal.of(new Portal.Environment(unpaced, Clock.fixed(INSTANT, ZoneOffset.UTC),
                Stores.onDynamo(client, config.tables()), () -> email -> { }, () -> sms -> { },
                new HmacSecretHasher(List.of(new byte[32])), new ConstantTokens(), Optional.empty(), line -> { }));
    }

    /** Fixed strings of the lengths the real generator gives: priming draws no randomness. */
    static final class ConstantTokens implements TokenGenerator {

        @Override
        public String token() {
            return "A".repeat(43);
        }

        @Override
        public String id() {
            return "A".repeat(22);
        }

        @Override
        public String digits(int count) {
            return "0".repeat(count);
        }
    }
}
