package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.adapter.crypto.SecureRandomTokenGenerator;
import com.secureexchanges.portal.adapter.dynamodb.DynamoChallengeStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoLoginStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoRateLimiter;
import com.secureexchanges.portal.adapter.dynamodb.DynamoSessionStore;
import com.secureexchanges.portal.adapter.dynamodb.DynamoUserDirectory;
import com.secureexchanges.portal.adapter.ses.SesMailSender;
import com.secureexchanges.portal.adapter.sns.SnsSmsSender;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.core.captcha.CaptchaRenderer;
import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.login.LoginEmails;
import com.secureexchanges.portal.core.login.LoginService;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.twofactor.Codes;
import com.secureexchanges.portal.core.twofactor.SecondFactorSettings;
import com.secureexchanges.portal.core.twofactor.SmsTexts;
import com.secureexchanges.portal.core.twofactor.TwoFactorService;
import com.secureexchanges.portal.core.user.ProfileService;
import com.secureexchanges.portal.core.user.UserDirectory;
import com.secureexchanges.portal.handler.http.ClientAddress;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Json;
import com.secureexchanges.portal.handler.http.LogSink;
import com.secureexchanges.portal.handler.http.RequestLog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The composition root: the only place that builds adapters and services. Handlers take one of
 * these; the Lambda runtime's no-argument constructors use {@link #production()}, tests and the dev
 * server use {@link #of}. Built once per execution environment and holds no per-request secrets.
 */
public final class Dependencies {

    private final AppConfig config;
    private final Http http;
    private final CaptchaService captchas;
    private final LoginService login;
    private final SessionService sessions;
    private final ProfileService profiles;
    private final UserDirectory users;
    private final TwoFactorService twoFactor;
    private final SecondFactorSettings secondFactor;

    private Dependencies(AppConfig config, Clock clock, DynamoDbClient dynamo, MailSender mail, SmsSender sms,
                         List<byte[]> keys, Optional<String> originSecret, LogSink logSink) {
        this.config = config;
        Json json = new Json();
        this.http = new Http(json, new RequestLog(logSink, json), config.siteUrl(), new ClientAddress(originSecret));
        TokenGenerator tokens = new SecureRandomTokenGenerator();
        SecretHasher hasher = new HmacSecretHasher(keys);
        var tables = config.tables();
        this.users = new DynamoUserDirectory(dynamo, tables.directory());
        this.captchas = new CaptchaService(tokens, hasher, new CaptchaRenderer(),
                new DynamoRateLimiter(dynamo, tables.auth()), clock, config.captcha(), config.fixedCaptcha());
        this.sessions = new SessionService(new DynamoSessionStore(dynamo, tables.sessions()), tokens, hasher, clock,
                config.sessions());
        var challenges = new DynamoChallengeStore(dynamo, tables);
        var codes = new Codes(challenges, tokens, hasher, clock, config.twoFactor());
        var texts = new SmsTexts(config.productName(), config.siteUrl());
        this.twoFactor = new TwoFactorService(codes, challenges, sms, texts, sessions, tokens, hasher);
        this.secondFactor = new SecondFactorSettings(codes, challenges, sms, texts, users);
        this.login = new LoginService(captchas, new DynamoLoginStore(dynamo, tables), sessions, twoFactor, mail,
                new LoginEmails(config.productName()), tokens, hasher, clock, config.login(), config.siteUrl());
        this.profiles = new ProfileService(sessions, users);
    }

    /** Everything wired to the given clients; used by the dev server, LocalStack mode and tests. */
    public static Dependencies of(AppConfig config, Clock clock, DynamoDbClient dynamo, MailSender mail, SmsSender sms,
                                  List<byte[]> keys, LogSink logSink) {
        return new Dependencies(config, clock, dynamo, mail, sms, keys, Optional.empty(), logSink);
    }

    /** The Lambda wiring, built on first use and shared by the handlers of this execution environment. */
    public static Dependencies production() {
        return Production.INSTANCE;
    }

    private static final class Production {
        static final Dependencies INSTANCE = create();

        private static Dependencies create() {
            AppConfig config = AppConfig.lambda(System.getenv());
            DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
            SesV2Client ses = SesV2Client.builder().httpClient(UrlConnectionHttpClient.create()).build();
            List<byte[]> keys;
            Optional<String> originSecret;
            try (SecretsManagerClient secrets = SecretsManagerClient.builder()
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                keys = HmacKeys.parse(secrets.getSecretValue(r -> r.secretId(config.hmacSecretId().orElseThrow()))
                        .secretString());
                originSecret = config.originSecretId().map(id -> secrets.getSecretValue(r -> r.secretId(id))
                        .secretString());
            }
            MailSender mail = new SesMailSender(ses, config.mailFrom(), config.sensitiveConfigurationSet());
            SmsSender sms = new SnsSmsSender(SnsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                    config.smsSenderId());
            return new Dependencies(config, Clock.systemUTC(), dynamo, mail, sms, keys, originSecret,
                    System.out::println);
        }
    }

    public AppConfig config() {
        return config;
    }

    public Http http() {
        return http;
    }

    public CaptchaService captchas() {
        return captchas;
    }

    public LoginService login() {
        return login;
    }

    public SessionService sessions() {
        return sessions;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public UserDirectory users() {
        return users;
    }

    public TwoFactorService twoFactor() {
        return twoFactor;
    }

    public SecondFactorSettings secondFactor() {
        return secondFactor;
    }
}
