package com.secureexchanges.portal.core.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.CodeRejected;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.login.RedeemResult;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC M3: the SMS step of signing in. */
class TwoFactorLoginTest {

    private static final String GRACE = "grace@example.com";
    private static final String MOBILE = "+15145550123";
    final CoreFixture f = fixture();

    /** The services under test; a subclass runs the same tests over the DynamoDB stores. */
    CoreFixture fixture() {
        return new CoreFixture();
    }

    /** Signs Grace in up to the SMS step; returns the challenge cookie. */
    private String challenge() {
        String binding = f.requestLink(GRACE);
        RedeemResult result = f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER);
        assertEquals(RedeemResult.Next.TWO_FACTOR, result.next());
        return result.cookieValue();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void redeem_sendsACodeToTheVerifiedNumber_inTheUsersLanguage_andOpensNoSessionYet() {
        f.addTwoFactorUser(GRACE, MOBILE);
        challenge();
        assertEquals(0, f.sessionCount());
        assertEquals(1, f.sms.sent().size());
        assertEquals(new PhoneNumber(MOBILE), f.sms.sent().getFirst().to());
        assertTrue(f.sms.sent().getFirst().text().startsWith("Votre code Secure Exchanges : "));
        assertTrue(f.sms.sent().getFirst().text().endsWith("@portal.example.test #" + f.sms.lastCode()));
    }

    @Test
    void theRightCode_opensASession_once() {
        f.addTwoFactorUser(GRACE, MOBILE);
        String cookie = challenge();
        String code = f.sms.lastCode();
        String session = f.twoFactor.verifyLogin(Optional.of(cookie), code, CoreFixture.BROWSER).cookieValue();
        assertEquals(GRACE, f.users.find(f.sessions.require(Optional.of(session)).userKey()).orElseThrow().email()
                .value());
        assertThrows(ChallengeInvalid.class, () -> f.twoFactor.verifyLogin(Optional.of(cookie), code,
                CoreFixture.BROWSER));
    }

    @Test
    void codes_areKeptAsKeyedHashes_andWorkFiveMinutes() {
        f.addTwoFactorUser(GRACE, MOBILE);
        String cookie = challenge();
        String code = f.sms.lastCode();
        String key = Challenge.LOGIN + f.hasher.hash("challenge", cookie);
        Challenge stored = f.challengeStore.find(key).orElseThrow();
        assertFalse(stored.codeHash().contains(code));
        assertEquals(f.hasher.hash("otp", key + "." + code), stored.codeHash());
        assertEquals(43, stored.codeHash().length());

        f.clock.advance(Duration.ofMinutes(5));
        CodeRejected late = assertThrows(CodeRejected.class,
                () -> f.twoFactor.verifyLogin(Optional.of(cookie), code, CoreFixture.BROWSER));
        assertEquals("code_expired", late.id());
    }

    @Test
    void aCodeStillWorksAt4Minutes59() {
        f.addTwoFactorUser(GRACE, MOBILE);
        String cookie = challenge();
        f.clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        f.twoFactor.verifyLogin(Optional.of(cookie), f.sms.lastCode(), CoreFixture.BROWSER);
    }

    @Test
    void fiveWrongCodes_killTheChallenge_andTheRightOneIsRefusedAfter() {
        f.addTwoFactorUser(GRACE, MOBILE);
        String cookie = challenge();
        String code = f.sms.lastCode();
        for (int left = 4; left >= 1; left--) {
            CodeRejected e = assertThrows(CodeRejected.class,
                    () -> f.twoFactor.verifyLogin(Optional.of(cookie), wrong(code), CoreFixture.BROWSER));
            assertEquals(left, e.attemptsLeft());
        }
        ChallengeInvalid fifth = assertThrows(ChallengeInvalid.class,
                () -> f.twoFactor.verifyLogin(Optional.of(cookie), wrong(code), CoreFixture.BROWSER));
        assertEquals("challenge_locked", fifth.id());
        ChallengeInvalid after = assertThrows(ChallengeInvalid.class,
                () -> f.twoFactor.verifyLogin(Optional.of(cookie), code, CoreFixture.BROWSER));
        assertEquals("challenge_locked", after.id());
        assertEquals(0, f.sessionCount());
    }

    @Test
    void theRightCodeFromAnotherBrowser_isRefused() {
        f.addTwoFactorUser(GRACE, MOBILE);
        challenge();
        String code = f.sms.lastCode();
        assertThrows(ChallengeInvalid.class, () -> f.twoFactor.verifyLogin(Optional.empty(), code, CoreFixture.BROWSER));
        assertThrows(ChallengeInvalid.class,
                () -> f.twoFactor.verifyLogin(Optional.of(f.tokens.token()), code, CoreFixture.BROWSER));
        assertEquals(0, f.sessionCount());
    }

    @Test
    void resend_waits30Seconds_sendsAtMostThreeCodes_andReplacesTheCode() {
        f.addTwoFactorUser(GRACE, MOBILE);
        String cookie = challenge();
        String first = f.sms.lastCode();
        f.clock.advance(Duration.ofSeconds(29));
        assertEquals("resend_too_soon", assertThrows(RateLimited.class,
                () -> f.twoFactor.resendLogin(Optional.of(cookie), CoreFixture.BROWSER)).id());
        f.clock.advance(Duration.ofSeconds(1));
        f.twoFactor.resendLogin(Optional.of(cookie), CoreFixture.BROWSER);
        String second = f.sms.lastCode();
        f.clock.advance(Duration.ofSeconds(30));
        f.twoFactor.resendLogin(Optional.of(cookie), CoreFixture.BROWSER);
        String third = f.sms.lastCode();
        f.clock.advance(Duration.ofSeconds(30));
        assertEquals("resend_limit", assertThrows(RateLimited.class,
                () -> f.twoFactor.resendLogin(Optional.of(cookie), CoreFixture.BROWSER)).id());
        assertEquals(3, f.sms.sent().size());

        if (!first.equals(third)) {
            assertThrows(CodeRejected.class, () -> f.twoFactor.verifyLogin(Optional.of(cookie), first,
                    CoreFixture.BROWSER), "an older code stops working");
        }
        if (!second.equals(third)) {
            assertThrows(CodeRejected.class, () -> f.twoFactor.verifyLogin(Optional.of(cookie), second,
                    CoreFixture.BROWSER));
        }
        f.twoFactor.verifyLogin(Optional.of(cookie), third, CoreFixture.BROWSER);
    }

    @Test
    void aUserGetsAtMostTenSignInCodesADay_aBudgetOfTheirOwn() {
        f.addTwoFactorUser(GRACE, MOBILE);
        f.addTwoFactorUser("twin@example.com", MOBILE);
        for (int i = 0; i < 10; i++) {
            challenge();
            f.clock.advance(Duration.ofMinutes(13));
        }
        assertEquals(10, f.sms.sent().size());
        String binding = f.requestLink(GRACE);
        String token = f.mail.lastToken();
        assertEquals("sms_limit", assertThrows(RateLimited.class,
                () -> f.redemption.redeem(token, Optional.of(binding), CoreFixture.BROWSER)).id());
        assertEquals(10, f.sms.sent().size());
        assertTrue(f.loginStore.findLink(f.hasher.hash("link", token)).orElseThrow().usedAt().isEmpty(),
                "the link was not consumed");
        String twin = f.requestLink("twin@example.com");
        f.redemption.redeem(f.mail.lastToken(), Optional.of(twin), CoreFixture.BROWSER);
        assertEquals(11, f.sms.sent().size(), "another user of the same number has a budget of their own");
    }
}
