package com.secureexchanges.portal.wiring;

import static com.secureexchanges.portal.testing.LoopbackSecretsManager.KEYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.adapter.secretsmanager.RotatingSecrets;
import com.secureexchanges.portal.core.error.NotAuthenticated;
import com.secureexchanges.portal.core.login.LoginRequest;
import com.secureexchanges.portal.core.login.RedeemResult;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.testing.CoreFixture;
import com.secureexchanges.portal.testing.LoopbackSecretsManager;
import com.secureexchanges.portal.testing.MutableClock;
import java.time.Duration;
import java.util.Optional;
import org.crac.Core;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal wired as in Lambda, its HMAC keys rotating in Secrets Manager (a loopback stand-in) while it
 * runs (issue 11, item 6): what was hashed under the old key keeps working while that key stays in the
 * list, new values are hashed under the new one, and taking the old key out ends what it hashed.
 */
class SecretRotationTest {

    private static final String ADA = "ada@example.com";
    private static final String GRACE = "grace@example.com";
    private static final String K1 = HmacKeys.generate();
    private static final String K2 = HmacKeys.generate();
    private static final Duration REFRESH = LoopbackSecretsManager.lambdaConfig().secretsRefresh();

    private final LoopbackSecretsManager aws = new LoopbackSecretsManager();
    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private RotatingSecrets secrets;
    private CoreFixture f;

    @BeforeEach
    void deploy() {
        secrets = aws.deploy(K1, "origin-one", clock, line -> { });
        f = new CoreFixture(secrets.hasher(), clock);
        f.addUser(ADA);
        f.addTwoFactorUser(GRACE, "+15145550123");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private void rotate(String keys) {
        aws.put(KEYS, keys);
        clock.advance(REFRESH);
    }

    private boolean storedUnder(String key, String sessionCookie) {
        String hash = new HmacSecretHasher(HmacKeys.parse(key)).hash("session", sessionCookie);
        return f.portal.stores().sessions().touch(hash, clock.instant(), clock.instant().minusSeconds(60)).isPresent();
    }

    @Test
    void sessionsLinksCaptchasAndSmsChallenges_madeBeforeARotation_keepWorkingAfterIt() {
        String session = f.signIn(ADA);
        clock.advance(Duration.ofSeconds(31));
        String binding = f.requestLink(ADA);
        String link = f.mail.lastToken();
        CoreFixture.Solved captcha = f.captcha();
        String graceBinding = f.requestLink(GRACE);
        RedeemResult challenge = f.redemption.redeem(f.mail.lastToken(), Optional.of(graceBinding),
                CoreFixture.BROWSER);
        assertEquals(RedeemResult.Next.TWO_FACTOR, challenge.next());
        String code = f.sms.lastCode();

        rotate(K2 + "," + K1);

        assertEquals(ADA, f.caller(session).user().email().value(), "a session opened under the old key");
        int mails = f.mail.sent().size();
        f.login.requestLink(new LoginRequest(EmailAddress.parse(GRACE), captcha.id(), captcha.answer()),
                CoreFixture.BROWSER);
        assertEquals(mails + 1, f.mail.sent().size(), "a captcha issued under the old key");
        String graceSession = f.twoFactor.verifyLogin(Optional.of(challenge.cookieValue()), code, CoreFixture.BROWSER)
                .cookieValue();
        String adaSession = f.redemption.redeem(link, Optional.of(binding), CoreFixture.BROWSER).cookieValue();
        assertTrue(storedUnder(K2, adaSession) && storedUnder(K2, graceSession), "new sessions: the new key");
        assertTrue(storedUnder(K1, session));
    }

    @Test
    void takingTheOldKeyOut_endsWhatItHashed_andNothingElse() {
        String before = f.signIn(ADA);
        rotate(K2 + "," + K1);
        clock.advance(Duration.ofSeconds(31));
        String after = f.signIn(ADA);
        rotate(K2);
        assertThrows(NotAuthenticated.class, () -> f.caller(before));
        assertEquals(ADA, f.caller(after).user().email().value());
    }

    @Test
    void signingOut_endsASessionOpenedUnderTheOldKey() {
        String session = f.signIn(ADA);
        rotate(K2 + "," + K1);
        f.sessions.close(Optional.of(session));
        assertThrows(NotAuthenticated.class, () -> f.caller(session));
    }

    @Test
    void aRestoredFunction_usesTheNewKeyAtOnce_withoutWaitingForTheInterval() throws Exception {
        f.signIn(ADA);
        aws.put(KEYS, K2 + "," + K1);
        secrets.beforeCheckpoint(Core.getGlobalContext());
        secrets.afterRestore(Core.getGlobalContext());
        clock.advance(Duration.ofSeconds(31));
        assertTrue(storedUnder(K2, f.signIn(ADA)));
    }
}
