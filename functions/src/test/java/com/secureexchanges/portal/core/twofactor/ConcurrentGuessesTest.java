package com.secureexchanges.portal.core.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.CodeRejected;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.testing.CoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** SPEC M3: guesses are counted atomically before any comparison, on the real engine. */
class ConcurrentGuessesTest {

    @Test
    void fiftyConcurrentWrongGuesses_evaluateAtMostFive_andTheRightCodeIsRefusedAfter() throws Exception {
        DynamoFixture db = new DynamoFixture();
        CoreFixture f = db.core();
        f.addTwoFactorUser("grace@example.com", "+15145550123");
        String binding = f.requestLink("grace@example.com");
        String cookie = f.redemption.redeem(f.mail.lastToken(), Optional.of(binding), CoreFixture.BROWSER).cookieValue();
        String code = f.sms.lastCode();
        String wrong = code.equals("000000") ? "111111" : "000000";

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Callable<String> guess = () -> {
                start.await();
                try {
                    f.twoFactor.verifyLogin(Optional.of(cookie), wrong, CoreFixture.BROWSER);
                    return "accepted";
                } catch (CodeRejected evaluated) {
                    return "wrong";
                } catch (ChallengeInvalid refused) {
                    return refused.id();
                }
            };
            outcomes.add(pool.submit(guess));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        String key = Challenge.LOGIN + f.hasher.hash("challenge", cookie);
        assertEquals(5, f.challengeStore.find(key).orElseThrow().attempts(), "exactly five guesses counted");
        assertEquals(4, results.stream().filter("wrong"::equals).count(), "four told 'wrong', the fifth locked it");
        assertEquals(46, results.stream().filter("challenge_locked"::equals).count());
        assertThrows(ChallengeInvalid.class, () -> f.twoFactor.verifyLogin(Optional.of(cookie), code,
                CoreFixture.BROWSER));
        assertEquals(0, db.count(db.tables.sessions()));
    }
}
