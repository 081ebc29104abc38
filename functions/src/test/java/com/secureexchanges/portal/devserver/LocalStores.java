package com.secureexchanges.portal.devserver;

import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.adapter.crypto.SecureRandomTokenGenerator;
import com.secureexchanges.portal.adapter.dynamodb.DynamoDeliveryStream;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.LogSink;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.DeliveryFeed;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.wiring.Lazy;
import com.secureexchanges.portal.wiring.Portal;
import com.secureexchanges.portal.wiring.Stores;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The DynamoDB stores and portal of the local portal, LocalStack mode and the tests: those the functions use
 * in AWS, plus a reader of the auth table's stream for the outbox's pump (in AWS the stream invokes the
 * deliveries function, so the Lambda jars hold no stream reader).
 */
public final class LocalStores {

    private LocalStores() {
    }

    /** The stores over {@code dynamo}; the stream's client is built on first use, like the table client. */
    public static Stores onDynamo(DynamoDbClient dynamo, TableNames tables) {
        return Stores.onDynamo(dynamo, tables, new StreamFeed(dynamo, tables.auth()));
    }

    /** The portal over DynamoDB through {@code dynamo}. */
    public static Portal portal(AppConfig config, Clock clock, DynamoDbClient dynamo, MailSender mail, SmsSender sms,
                                List<byte[]> keys, LogSink logSink) {
        return Portal.of(new Portal.Environment(config, clock, onDynamo(dynamo, config.tables()), () -> mail,
                () -> sms, new HmacSecretHasher(keys), new SecureRandomTokenGenerator(), Optional.empty(), logSink));
    }

    /** The auth table's stream, its client built on first use from the table client's region, endpoint and credentials. */
    private static final class StreamFeed implements DeliveryFeed {

        private final Lazy<DeliveryFeed> stream;

        StreamFeed(DynamoDbClient dynamo, String authTable) {
            stream = Lazy.of(() -> {
                var config = dynamo.serviceClientConfiguration();
                var streams = DynamoDbStreamsClient.builder().region(config.region())
                        .credentialsProvider(config.credentialsProvider())
                        .httpClient(UrlConnectionHttpClient.create());
                config.endpointOverride().ifPresent(streams::endpointOverride);
                return new DynamoDeliveryStream(dynamo, streams.build(), authTable);
            });
        }

        @Override
        public List<Delivery> next() {
            return stream.get().next();
        }
    }
}
