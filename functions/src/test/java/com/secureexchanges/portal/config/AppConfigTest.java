package com.secureexchanges.portal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    private static Map<String, String> lambdaEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("SITE_URL", "https://portal.example.com/");
        env.put("TABLE_DIRECTORY", "d");
        env.put("TABLE_AUTH", "a");
        env.put("TABLE_SESSIONS", "s");
        env.put("TABLE_EVENTS", "e");
        env.put("MAIL_FROM", "no-reply@example.com");
        env.put("HMAC_SECRET_ID", "arn:aws:secretsmanager:ca-central-1:1:secret:k");
        return env;
    }

    @Test
    void lambda_readsItsSettings() {
        AppConfig config = AppConfig.lambda(lambdaEnv());
        assertEquals("https://portal.example.com", config.siteUrl());
        assertEquals(new TableNames("d", "a", "s", "e"), config.tables());
        assertEquals("Secure Exchanges", config.productName());
    }

    /** Issue 13, item 12: under API Gateway's stage, links carry the stage; the same-origin check the origin. */
    @Test
    void siteUrl_mayEndWithAStage_whoseOriginIsTheSitesOrigin() {
        Map<String, String> env = lambdaEnv();
        assertEquals("https://portal.example.com", AppConfig.lambda(env).siteOrigin());
        env.put("SITE_URL", "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/");
        AppConfig config = AppConfig.lambda(env);
        assertEquals("https://abc123.execute-api.eu-west-1.amazonaws.com/prod", config.siteUrl());
        assertEquals("https://abc123.execute-api.eu-west-1.amazonaws.com", config.siteOrigin());
        assertEquals("http://localhost:8080", AppConfig.local(Map.of(), "http://localhost:8080/local",
                TableNames.prefixed("p-")).siteOrigin());
        for (String wrong : new String[] {"https://a.example/prod/x", "https://a.example/prod?x=1", "https://a.example//x",
            "https://a.example/pr od", "ftp://a.example", "https://user@a.example"}) {
            env.put("SITE_URL", wrong);
            var e = assertThrows(IllegalStateException.class, () -> AppConfig.lambda(env), wrong);
            assertTrue(e.getMessage().startsWith("SITE_URL"), e.getMessage());
        }
    }

    @Test
    void secrets_areReadAgainEveryFiveMinutes_unlessConfiguredWithinTenSecondsToAnHour() {
        assertEquals(Duration.ofMinutes(5), AppConfig.lambda(lambdaEnv()).secretsRefresh());
        Map<String, String> env = lambdaEnv();
        env.put(AppConfig.SECRETS_REFRESH_SECONDS, "60");
        assertEquals(Duration.ofMinutes(1), AppConfig.lambda(env).secretsRefresh());
        for (String wrong : new String[] {"9", "3601", "-1", "five", "1.5"}) {
            env.put(AppConfig.SECRETS_REFRESH_SECONDS, wrong);
            var e = assertThrows(IllegalStateException.class, () -> AppConfig.lambda(env), wrong);
            assertTrue(e.getMessage().startsWith(AppConfig.SECRETS_REFRESH_SECONDS), e.getMessage());
        }
    }

    @Test
    void lambda_refusesToStartWithAFixedCaptcha() {
        Map<String, String> env = lambdaEnv();
        env.put("AWS_LAMBDA_FUNCTION_NAME", "portal-prod-RequestLogin");
        env.put(AppConfig.FIXED_CAPTCHA, "123456");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AppConfig.lambda(env));
        assertTrue(e.getMessage().contains(AppConfig.FIXED_CAPTCHA));
        assertThrows(IllegalStateException.class, () -> AppConfig.local(env, "http://localhost:8080",
                TableNames.prefixed("p-")));
    }

    @Test
    void lambda_neverReadsTheFixedCaptcha() {
        Map<String, String> env = lambdaEnv();
        env.put(AppConfig.FIXED_CAPTCHA, "123456");
        assertEquals(Optional.empty(), AppConfig.lambda(env).fixedCaptcha());
    }

    @Test
    void lambda_namesWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AppConfig.lambda(Map.of()));
        assertTrue(e.getMessage().contains("SITE_URL") && e.getMessage().contains("TABLE_AUTH"), e.getMessage());
    }

    @Test
    void local_readsTheFixedCaptcha() {
        AppConfig config = AppConfig.local(Map.of(AppConfig.FIXED_CAPTCHA, "123456"), "http://localhost:8080",
                TableNames.prefixed("p-"));
        assertEquals(Optional.of("123456"), config.fixedCaptcha());
    }

    @Test
    void eventRetention_is400DaysUnlessSet_andRefusedOutOfRange() {
        assertEquals(java.time.Duration.ofDays(400), AppConfig.lambda(lambdaEnv()).audit().retention());
        Map<String, String> env = lambdaEnv();
        env.put(AppConfig.EVENT_RETENTION_DAYS, "30");
        assertEquals(java.time.Duration.ofDays(30), AppConfig.lambda(env).audit().retention());
        for (String bad : new String[] {"0", "3651", "ten", "-5"}) {
            env.put(AppConfig.EVENT_RETENTION_DAYS, bad);
            assertThrows(IllegalStateException.class, () -> AppConfig.lambda(env), bad);
        }
    }

    @Test
    void answerFloor_is100MillisecondsUnlessSet_andRefusedOutOfRange() {
        assertEquals(Duration.ofMillis(100), AppConfig.lambda(lambdaEnv()).login().answerFloor());
        Map<String, String> env = lambdaEnv();
        env.put(AppConfig.LOGIN_ANSWER_FLOOR_MS, "0");
        assertEquals(Duration.ZERO, AppConfig.lambda(env).login().answerFloor());
        env.put(AppConfig.LOGIN_ANSWER_FLOOR_MS, "250");
        assertEquals(Duration.ofMillis(250), AppConfig.local(env, "http://localhost:8080",
                TableNames.prefixed("p-")).login().answerFloor());
        for (String bad : new String[] {"2001", "-1", "0.5", "fast", "99999"}) {
            env.put(AppConfig.LOGIN_ANSWER_FLOOR_MS, bad);
            var e = assertThrows(IllegalStateException.class, () -> AppConfig.lambda(env), bad);
            assertTrue(e.getMessage().startsWith(AppConfig.LOGIN_ANSWER_FLOOR_MS), e.getMessage());
        }
    }
}
