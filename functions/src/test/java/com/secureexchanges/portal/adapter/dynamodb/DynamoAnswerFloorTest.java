package com.secureexchanges.portal.adapter.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.login.LoginRequest;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.signup.SignupRequest;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's timing rule on the real engine: every sign-in and sign-up request answers no sooner than the
 * policy's floor, whatever it did (a known address writes a link and a delivery, an unknown one a counter,
 * a wrong captcha nothing), so the time of the answer cannot tell them apart below it. The benchmark
 * {@code OutboxTiming} measures the medians; this test pins the floor itself.
 */
class DynamoAnswerFloorTest {

    private static final Duration FLOOR = Duration.ofMillis(150);

    private final DynamoFixture db = new DynamoFixture();
    private final CoreFixture f = db.core(LoginPolicy.DEFAULT.withAnswerFloor(FLOOR));

    @Test
    void knownUnknownAndWrongCaptcha_allAnswerNoSoonerThanTheFloor() {
        f.addUser("known@example.com");
        long known = timed(() -> f.requestLink("known@example.com"));
        assertEquals(1, f.mail.sent().size(), "the known address was really sent a link");
        long unknown = timed(() -> f.requestLink("nobody@example.com"));
        CoreFixture.Solved w = f.captcha();
        String wrongAnswer = w.answer().equals("000000") ? "111111" : "000000";
        long wrong = timed(() -> f.login.requestLink(new LoginRequest(EmailAddress.parse("known@example.com"),
                w.id(), wrongAnswer), CoreFixture.BROWSER));
        CoreFixture.Solved c = f.captcha();
        long signup = timed(() -> f.portal.signup().request(new SignupRequest(EmailAddress.parse("buyer@newco.test"),
                "NewCo", "eco", 2, c.id(), c.answer()), Optional.empty(), CoreFixture.BROWSER));
        assertEquals(2, f.mail.sent().size(), "the sign-up link was sent too");
        for (long nanos : new long[] {known, unknown, wrong, signup}) {
            assertTrue(nanos >= FLOOR.toNanos(), "answered after " + nanos / 1_000_000.0 + " ms");
        }
    }

    @Test
    void aRefusedRequestIsHeldAsLong() {
        for (int i = 0; i < LoginPolicy.DEFAULT.requestsPerIp(); i++) {
            f.login.requestLink(new LoginRequest(EmailAddress.parse("x" + i + "@example.com"), "bad", "000000"),
                    CoreFixture.BROWSER);
        }
        long started = System.nanoTime();
        assertThrows(RateLimited.class, () -> f.login.requestLink(
                new LoginRequest(EmailAddress.parse("y@example.com"), "bad", "000000"), CoreFixture.BROWSER));
        assertTrue(System.nanoTime() - started >= FLOOR.toNanos());
    }

    private static long timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return System.nanoTime() - started;
    }
}
