package com.secureexchanges.portal.core.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.login.LoginRequest;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.testing.CoreFixture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The accessible alternative to the image (SPEC X5, issue 13 item 2): a proof of work, under the image's rules. */
class WorkCaptchaTest {

    private final CoreFixture f = new CoreFixture();

    /** What the page's worker does: try every number until the hash matches. */
    static String solve(WorkChallenge work) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int n = 0; n < work.maxNumber(); n++) {
            String hex = HexFormat.of().formatHex(sha.digest((work.salt() + n).getBytes(StandardCharsets.UTF_8)));
            if (hex.equals(work.challenge())) {
                return Integer.toString(n);
            }
        }
        throw new AssertionError("no number solves " + work);
    }

    @Test
    void theSolvedNumber_signsInLikeARightImageAnswer_once() throws Exception {
        f.addUser("ada@example.com");
        WorkChallenge work = f.captchas.issueWork(CoreFixture.BROWSER);
        assertEquals("SHA-256", work.algorithm());
        assertEquals(CaptchaService.WORK_MAX, work.maxNumber());
        String answer = solve(work);
        LoginRequest request = new LoginRequest(EmailAddress.parse("ada@example.com"), work.id(), answer);
        f.login.requestLink(request, CoreFixture.BROWSER);
        assertEquals(1, f.mail.sent().size());
        f.clock.advance(Duration.ofMinutes(1));
        f.login.requestLink(request, CoreFixture.BROWSER);
        assertEquals(1, f.mail.sent().size(), "used up by its first answer, like an image");
    }

    @Test
    void wrongTamperedOrLateAnswers_areUnsolved() throws Exception {
        WorkChallenge work = f.captchas.issueWork(CoreFixture.BROWSER);
        String answer = solve(work);
        int n = Integer.parseInt(answer);
        assertTrue(f.captchas.check(work.id(), answer).solved());
        assertFalse(f.captchas.check(work.id(), Integer.toString((n + 1) % work.maxNumber())).solved());
        assertFalse(f.captchas.check(work.id(), "0" + answer).solved(), "one spelling of the number only");
        assertFalse(f.captchas.check(work.id(), "1000000").solved(), "past the range");
        assertFalse(f.captchas.check(work.id(), "-1").solved());
        assertFalse(f.captchas.check(work.id().replace("." + work.maxNumber() + ".", ".1."), "0").solved(),
                "the range is signed: an easier one is not accepted");
        String otherSalt = "w." + "A".repeat(22) + work.id().substring(24);
        assertFalse(f.captchas.check(otherSalt, answer).solved(), "the salt is signed");
        assertFalse(f.captchas.check("w.garbage", answer).solved());
        f.clock.advance(Duration.ofMinutes(10));
        assertFalse(f.captchas.check(work.id(), answer).solved(), "expired at exactly 10 minutes");
    }

    @Test
    void imagesAndProofsOfWork_shareOnePerIpBudget() {
        for (int i = 0; i < 30; i++) {
            f.captchas.issue(CoreFixture.BROWSER);
            f.captchas.issueWork(CoreFixture.BROWSER);
        }
        assertThrows(RateLimited.class, () -> f.captchas.issueWork(CoreFixture.BROWSER));
        assertThrows(RateLimited.class, () -> f.captchas.issue(CoreFixture.BROWSER));
    }

    @Test
    void everyChallengeHasItsOwnSalt_soNothingCanBeComputedAhead() {
        WorkChallenge a = f.captchas.issueWork(CoreFixture.BROWSER);
        WorkChallenge b = f.captchas.issueWork(CoreFixture.BROWSER);
        assertFalse(a.salt().equals(b.salt()));
        assertTrue(a.salt().matches("[A-Za-z0-9_-]{22}\\.[0-9]+"));
    }
}
