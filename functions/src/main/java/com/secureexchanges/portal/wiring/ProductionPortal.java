package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.cloudwatch.EmfMetrics;
import com.secureexchanges.portal.adapter.dynamodb.DynamoRetries;
import com.secureexchanges.portal.adapter.crypto.SecureRandomTokenGenerator;
import com.secureexchanges.portal.adapter.secretsmanager.RotatingSecrets;
import com.secureexchanges.portal.adapter.ses.SesMailSender;
import com.secureexchanges.portal.adapter.sns.SnsSmsSender;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.LogSink;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.SmsSender;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The portal inside AWS Lambda: configuration from the environment, secrets from Secrets Manager,
 * read at first use and followed through rotations ({@link RotatingSecrets}).
 */
final class ProductionPortal {

    private static final AppConfig CONFIG = AppConfig.lambda(System.getenv());
    private static final LogSink LOG = System.out::println;
    /**
     * Held here for the life of the execution environment (a CRaC context may hold its resources weakly),
     * and read once at start-up: a secret that cannot be read fails the deploy (SnapStart initialises when
     * a version is published) rather than the first request. The values read then are dropped before the
     * snapshot. A re-read happens on the request path: its calls get 3 seconds each.
     */
    private static final RotatingSecrets SECRETS = new RotatingSecrets(SecretsManagerClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(3))).build(), CONFIG, Clock.systemUTC(),
            LOG).registerForSnapshots().readNow();
    static final Portal INSTANCE = create();

    private ProductionPortal() {
    }

    private static Portal create() {
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> DynamoRetries.onTheRequestPath(c)).build();
        Metrics metrics = EmfMetrics.of(System.getenv(), LOG, Clock.systemUTC());
        Lazy<MailSender> mail = Lazy.of(() -> new SesMailSender(SesClient.builder()
                .httpClient(UrlConnectionHttpClient.create()).build(), CONFIG.mailFrom(),
                CONFIG.sensitiveConfigurationSet(), metrics));
        Lazy<SmsSender> sms = Lazy.of(() -> new SnsSmsSender(SnsClient.builder()
                .httpClient(UrlConnectionHttpClient.create()).build(), CONFIG.smsSenderId(), metrics));
        return Portal.of(new Portal.Environment(CONFIG, Clock.systemUTC(), Stores.onDynamo(dynamo, CONFIG.tables()),
                mail, sms, SECRETS.hasher(), new SecureRandomTokenGenerator(), SECRETS.origin(), LOG, metrics));
    }
}
