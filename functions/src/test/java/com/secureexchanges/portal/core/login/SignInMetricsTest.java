package com.secureexchanges.portal.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.core.error.BrowserMismatch;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.CodeRejected;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.signup.SignupRequest;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC X6: what the sign-in journeys count, as the composition root wires the metrics. */
class SignInMetricsTest {

    private static final String ADA = "ada@example.com";
    private static final String GRACE = "grace@example.com";
    private final CoreFixture f = new CoreFixture();

    private static Map<Metric, Integer> loginRequest(int linksSent) {
        return Map.of(Metric.LOGIN_REQUESTS, 1, Metric.LINKS_SENT, linksSent);
    }

    /** Grace, who has 2FA, opens her link; returns the challenge cookie. */
    private String graceUpToTheSmsStep() {
        f.addTwoFactorUser(GRACE, "+15145550123");
        String binding = f.requestLink(GRACE);
        return f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).cookieValue();
    }

    @Test
    void everySignInRequest_isOneRecord_withLinksSentZeroOrOne_whateverTheAddress() {
        f.addUser(ADA);
        f.requestLink(ADA);
        f.requestLink("nobody@example.com");
        CoreFixture.Solved c = f.captcha();
        f.login.requestLink(new LoginRequest(EmailAddress.parse(ADA), c.id(), "000000".equals(c.answer())
                ? "111111" : "000000"), CoreFixture.BROWSER);
        assertEquals(List.of(loginRequest(1), loginRequest(0), loginRequest(0)), f.metrics.records(),
                "a known address, an unknown one, a wrong captcha: the same one record each");
    }

    @Test
    void aLinkOpenedInAnotherBrowser_countsError2_andTheRightBrowser_aLogin() {
        f.addUser(ADA);
        String binding = f.requestLink(ADA);
        String token = f.mail.lastToken();
        f.metrics.clear();
        assertThrows(BrowserMismatch.class, () -> f.redemption.redeem(token, Optional.empty(), CoreFixture.BROWSER));
        assertThrows(BrowserMismatch.class,
                () -> f.redemption.redeem(token, Optional.of("x".repeat(43)), CoreFixture.BROWSER));
        assertEquals(2, f.metrics.total(Metric.ERROR_2));
        assertEquals(0, f.metrics.total(Metric.LOGINS));

        f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER);
        assertEquals(List.of(Map.of(Metric.ERROR_2, 1), Map.of(Metric.ERROR_2, 1), Map.of(Metric.LOGINS, 1)),
                f.metrics.records());
    }

    @Test
    void theSmsStep_countsCodesSent_failures_theLock_andNoLoginUntilTheRightCode() {
        String cookie = graceUpToTheSmsStep();
        assertEquals(1, f.metrics.total(Metric.CODES_SENT));
        assertEquals(0, f.metrics.total(Metric.LOGINS), "a link of a 2FA user is not yet a login");

        f.clock.advance(Duration.ofSeconds(31));
        f.twoFactor.resendLogin(Optional.of(cookie), CoreFixture.BROWSER);
        assertEquals(2, f.metrics.total(Metric.CODES_SENT));

        String code = f.sms.lastCode();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThrows(CodeRejected.class,
                () -> f.twoFactor.verifyLogin(Optional.of(cookie), wrong, CoreFixture.BROWSER));
        assertEquals(1, f.metrics.total(Metric.CODES_FAILED));
        assertEquals(0, f.metrics.total(Metric.CODES_LOCKED));
        f.twoFactor.verifyLogin(Optional.of(cookie), code, CoreFixture.BROWSER);
        assertEquals(1, f.metrics.total(Metric.LOGINS));
    }

    @Test
    void theLastWrongCode_locksTheChallenge_once() {
        String cookie = graceUpToTheSmsStep();
        String code = f.sms.lastCode();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 6; i++) {
            assertThrows(RuntimeException.class,
                    () -> f.twoFactor.verifyLogin(Optional.of(cookie), wrong, CoreFixture.BROWSER));
        }
        assertThrows(ChallengeInvalid.class, () -> f.twoFactor.verifyLogin(Optional.of(cookie), code,
                CoreFixture.BROWSER));
        assertEquals(5, f.metrics.total(Metric.CODES_FAILED), "guesses past the lock are not counted");
        assertEquals(1, f.metrics.total(Metric.CODES_LOCKED));
        assertEquals(0, f.metrics.total(Metric.LOGINS));
    }

    @Test
    void aSignupLinkOpenedInAnotherBrowser_countsError2_too() {
        CoreFixture.Solved c = f.captcha();
        f.portal.signup().request(new SignupRequest(EmailAddress.parse("founder@newco.test"), "NewCo Inc.",
                "advanced", 5, c.id(), c.answer()), Optional.empty(), CoreFixture.BROWSER);
        String token = f.mail.lastToken();
        f.metrics.clear();
        assertThrows(BrowserMismatch.class, () -> f.portal.signupConfirmation().review(token, Optional.empty()));
        assertEquals(List.of(Map.of(Metric.ERROR_2, 1)), f.metrics.records());
    }
}
