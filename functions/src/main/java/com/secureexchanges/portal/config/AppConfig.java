package com.secureexchanges.portal.config;

import com.secureexchanges.portal.core.audit.AuditPolicy;
import com.secureexchanges.portal.core.captcha.CaptchaPolicy;
import com.secureexchanges.portal.core.domain.DomainPolicy;
import com.secureexchanges.portal.core.license.LicensePolicy;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.session.SessionPolicy;
import com.secureexchanges.portal.core.twofactor.TwoFactorPolicy;
import com.secureexchanges.portal.core.user.UserPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the functions are configured with, read once and checked at start-up.
 *
 * @param siteUrl      the site's address, e.g. {@code https://portal.example.com}: its origin, and one path
 *                     segment when the site is under API Gateway's stage ({@code cloudfront=false}); links in
 *                     emails use it and the same-origin check its {@linkplain #siteOrigin origin}, never the
 *                     request's Host header
 * @param fixedCaptcha a constant captcha answer, for automated tests of the local portal only
 * @param hmacSecretId the Secrets Manager secret holding the HMAC keys (AWS only)
 * @param originSecretId the Secrets Manager secret whose value CloudFront sends in its origin header (AWS only)
 * @param secretsRefresh how old the values read from Secrets Manager may grow before they are read again
 *                     ({@code SECRETS_REFRESH_SECONDS}, 10 to 3600, default 300; AWS only)
 * @param audit        the event log's retention and limits ({@code EVENT_RETENTION_DAYS}, default 400)
 * @param users        rules for adding users ({@code PUBLIC_MAIL_DOMAINS}: comma-separated, replacing the
 *                     built-in list of public mail domains)
 * @param domains      rules for claiming domains ({@code DNS_RESOLVERS}: comma-separated {@code host:port},
 *                     default the system's resolvers)
 * @param licenses     the plans (the plans file, see {@link PlanFile}) and the limits of purchases
 */
public record AppConfig(String siteUrl, String productName, TableNames tables, String mailFrom,
                        Optional<String> sensitiveConfigurationSet, Optional<String> smsSenderId,
                        CaptchaPolicy captcha, LoginPolicy login, SessionPolicy sessions, TwoFactorPolicy twoFactor,
                        Optional<String> fixedCaptcha, Optional<String> hmacSecretId, Optional<String> originSecretId,
                        Duration secretsRefresh, AuditPolicy audit, UserPolicy users, DomainPolicy domains,
                        LicensePolicy licenses) {

    public static final String FIXED_CAPTCHA = "PORTAL_FIXED_CAPTCHA";
    public static final String DEFAULT_PRODUCT = "Secure Exchanges";
    public static final String EVENT_RETENTION_DAYS = "EVENT_RETENTION_DAYS";
    public static final String DNS_RESOLVERS = "DNS_RESOLVERS";
    public static final String SMS_COUNTRIES = "SMS_COUNTRIES";
    public static final String SECRETS_REFRESH_SECONDS = "SECRETS_REFRESH_SECONDS";
    public static final String LOGIN_ANSWER_FLOOR_MS = "LOGIN_ANSWER_FLOOR_MS";
    public static final Duration DEFAULT_SECRETS_REFRESH = Duration.ofMinutes(5);

    public AppConfig {
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        if (!siteUrl.matches("https?://[A-Za-z0-9.:\\[\\]-]+(/[A-Za-z0-9_-]+)?")) {
            throw new IllegalStateException("SITE_URL must be an origin such as https://portal.example.com, "
                    + "or an origin and a stage such as https://abc123.execute-api.eu-west-1.amazonaws.com/prod");
        }
    }

    /** The site's origin: {@link #siteUrl} without the stage it may end with. */
    public String siteOrigin() {
        int path = siteUrl.indexOf('/', siteUrl.indexOf("://") + 3);
        return path < 0 ? siteUrl : siteUrl.substring(0, path);
    }

    /** Configuration inside AWS Lambda. Never reads {@value #FIXED_CAPTCHA}, and refuses to start if it is set. */
    public static AppConfig lambda(Map<String, String> env) {
        refuseFixedCaptchaInLambda(env);
        List<String> missing = new ArrayList<>();
        String site = required(env, "SITE_URL", missing);
        String directory = required(env, Tables.DIRECTORY.envVariable(), missing);
        String auth = required(env, Tables.AUTH.envVariable(), missing);
        String sessions = required(env, Tables.SESSIONS.envVariable(), missing);
        String events = required(env, Tables.EVENTS.envVariable(), missing);
        String from = required(env, "MAIL_FROM", missing);
        String secret = required(env, "HMAC_SECRET_ID", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing configuration: " + String.join(", ", missing));
        }
        return new AppConfig(site, env.getOrDefault("PRODUCT_NAME", DEFAULT_PRODUCT),
                new TableNames(directory, auth, sessions, events), from,
                optional(env, "SES_CONFIGURATION_SET"), optional(env, "SMS_SENDER_ID"),
                CaptchaPolicy.DEFAULT, loginPolicy(env), SessionPolicy.DEFAULT, twoFactor(env),
                Optional.empty(), Optional.of(secret), optional(env, "ORIGIN_SECRET_ID"), secretsRefresh(env),
                audit(env), users(env), domains(env), LicensePolicy.of(PlanFile.from(env)));
    }

    /** The same configuration with other rules for sign-in requests. */
    public AppConfig withLogin(LoginPolicy changed) {
        return new AppConfig(siteUrl, productName, tables, mailFrom, sensitiveConfigurationSet, smsSenderId, captcha,
                changed, sessions, twoFactor, fixedCaptcha, hmacSecretId, originSecretId, secretsRefresh, audit, users,
                domains, licenses);
    }

    /** The same configuration with other rules for domains. */
    public AppConfig withDomains(DomainPolicy changed) {
        return new AppConfig(siteUrl, productName, tables, mailFrom, sensitiveConfigurationSet, smsSenderId, captcha,
                login, sessions, twoFactor, fixedCaptcha, hmacSecretId, originSecretId, secretsRefresh, audit, users,
                changed, licenses);
    }

    /** The same configuration with other plans and limits of purchases. */
    public AppConfig withLicenses(LicensePolicy changed) {
        return new AppConfig(siteUrl, productName, tables, mailFrom, sensitiveConfigurationSet, smsSenderId, captcha,
                login, sessions, twoFactor, fixedCaptcha, hmacSecretId, originSecretId, secretsRefresh, audit, users,
                domains, changed);
    }

    /** Configuration of the local portal (dev server). */
    public static AppConfig local(Map<String, String> env, String siteUrl, TableNames tables) {
        refuseFixedCaptchaInLambda(env);
        Optional<String> fixed = Optional.ofNullable(env.get(FIXED_CAPTCHA)).filter(s -> !s.isBlank());
        return new AppConfig(siteUrl, env.getOrDefault("PRODUCT_NAME", DEFAULT_PRODUCT), tables,
                "no-reply@localhost", Optional.empty(), Optional.empty(), CaptchaPolicy.DEFAULT, loginPolicy(env),
                SessionPolicy.DEFAULT, twoFactor(env), fixed, Optional.empty(), Optional.empty(),
                DEFAULT_SECRETS_REFRESH, audit(env), users(env), domains(env), LicensePolicy.of(PlanFile.from(env)));
    }

    private static void refuseFixedCaptchaInLambda(Map<String, String> env) {
        if (env.containsKey("AWS_LAMBDA_FUNCTION_NAME") && env.containsKey(FIXED_CAPTCHA)) {
            throw new IllegalStateException(FIXED_CAPTCHA + " is for local tests only and must not be set in Lambda");
        }
    }

    /** {@code LOGIN_ANSWER_FLOOR_MS}: 0 to 2,000 ms; {@link LoginPolicy#DEFAULT}'s 100 ms when unset. */
    private static LoginPolicy loginPolicy(Map<String, String> env) {
        boolean notify = Boolean.parseBoolean(env.getOrDefault("NOTIFY_UNKNOWN_ADDRESSES", "false"));
        LoginPolicy policy = LoginPolicy.DEFAULT.withNotifyUnknown(notify);
        return whole(env, LOGIN_ANSWER_FLOOR_MS, 0, 2000, "milliseconds")
                .map(ms -> policy.withAnswerFloor(Duration.ofMillis(ms))).orElse(policy);
    }

    /** {@code EVENT_RETENTION_DAYS}: 1 to 3,650 days (ten years); 400 when unset. */
    private static AuditPolicy audit(Map<String, String> env) {
        return whole(env, EVENT_RETENTION_DAYS, 1, 3650, "days")
                .map(days -> AuditPolicy.DEFAULT.withRetention(Duration.ofDays(days))).orElse(AuditPolicy.DEFAULT);
    }

    /** {@code SECRETS_REFRESH_SECONDS}: 10 s to an hour; five minutes when unset. */
    private static Duration secretsRefresh(Map<String, String> env) {
        return whole(env, SECRETS_REFRESH_SECONDS, 10, 3600, "seconds").map(Duration::ofSeconds)
                .orElse(DEFAULT_SECRETS_REFRESH);
    }

    /** The whole number {@code name} holds, from {@code min} to {@code max} {@code unit}; empty when unset. */
    private static Optional<Integer> whole(Map<String, String> env, String name, int min, int max, String unit) {
        String text = env.getOrDefault(name, "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw new IllegalStateException(name + " must be a number of " + unit + " from " + min + " to " + max);
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static UserPolicy users(Map<String, String> env) {
        return optional(env, "PUBLIC_MAIL_DOMAINS").map(list -> new UserPolicy(new HashSet<>(List.of(list.split(","))),
                UserPolicy.DEFAULT.pageSize())).orElse(UserPolicy.DEFAULT);
    }

    /** {@code SMS_COUNTRIES}: ISO 3166 region codes, comma-separated, numbers may be proven in. */
    private static TwoFactorPolicy twoFactor(Map<String, String> env) {
        return optional(env, SMS_COUNTRIES).map(list -> {
            Set<String> regions = new HashSet<>();
            for (String code : list.split(",")) {
                String region = code.strip().toUpperCase(java.util.Locale.ROOT);
                if (!region.matches("[A-Z]{2}")) {
                    throw new IllegalStateException(SMS_COUNTRIES + " takes two-letter country codes: " + code);
                }
                regions.add(region);
            }
            return TwoFactorPolicy.DEFAULT.withCountries(regions);
        }).orElse(TwoFactorPolicy.DEFAULT);
    }

    /** {@code DNS_RESOLVERS}: {@code host:port} entries, comma-separated; the system's resolvers when unset. */
    private static DomainPolicy domains(Map<String, String> env) {
        return optional(env, DNS_RESOLVERS).map(list -> DomainPolicy.DEFAULT.withResolvers(
                Arrays.stream(list.split(",")).map(String::strip).filter(e -> !e.isEmpty()).toList()))
                .orElse(DomainPolicy.DEFAULT);
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static String required(Map<String, String> env, String name, List<String> missing) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            missing.add(name);
            return "";
        }
        return value;
    }
}
