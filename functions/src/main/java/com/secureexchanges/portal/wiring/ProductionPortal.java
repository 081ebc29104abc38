package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.adapter.crypto.SecureRandomTokenGenerator;
import com.secureexchanges.portal.adapter.ses.SesMailSender;
import com.secureexchanges.portal.adapter.sns.SnsSmsSender;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.SmsSender;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/** The portal inside AWS Lambda: configuration from the environment, keys from Secrets Manager. */
final class ProductionPortal {

    static final Portal INSTANCE = create();

    private ProductionPortal() {
    }

    private static Portal create() {
        AppConfig config = AppConfig.lambda(System.getenv());
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        List<byte[]> keys;
        Optional<String> originSecret;
        try (SecretsManagerClient secrets = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            keys = HmacKeys.parse(secrets.getSecretValue(r -> r.secretId(config.hmacSecretId().orElseThrow()))
                    .secretString());
            originSecret = config.originSecretId().map(id -> secrets.getSecretValue(r -> r.secretId(id))
                    .secretString());
        }
        Lazy<MailSender> mail = Lazy.of(() -> new SesMailSender(SesV2Client.builder()
                .httpClient(UrlConnectionHttpClient.create()).build(), config.mailFrom(),
                config.sensitiveConfigurationSet()));
        Lazy<SmsSender> sms = Lazy.of(() -> new SnsSmsSender(SnsClient.builder()
                .httpClient(UrlConnectionHttpClient.create()).build(), config.smsSenderId()));
        return Portal.of(new Portal.Environment(config, Clock.systemUTC(),
                Stores.onDynamo(dynamo, config.tables()), mail, sms, new HmacSecretHasher(keys),
                new SecureRandomTokenGenerator(), originSecret, System.out::println));
    }
}
