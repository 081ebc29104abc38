package com.secureexchanges.portal.core.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.testing.CoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same confirmations through the DynamoDB store's one transaction (DynamoDB Local), and a race. */
class DynamoSignupConfirmationTest extends SignupConfirmationTest {

    /** Set while the base class builds its fixture, before this class's own fields would be. */
    private DynamoFixture db;

    @Override
    CoreFixture fixture() {
        db = new DynamoFixture();
        return db.core();
    }

    @Test
    void tenConcurrentConfirmationsOfOneLink_openOneAccount() throws Exception {
        CoreFixture.Solved c = f.captcha();
        String binding = f.portal.signup().request(new SignupRequest(EmailAddress.parse("race@newco.test"), "Race",
                "eco", 2, c.id(), c.answer()), Optional.empty(), CoreFixture.BROWSER);
        String token = f.mail.lastToken();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    f.portal.signupConfirmation().confirm(token, Optional.of(binding), CoreFixture.BROWSER);
                    return true;
                } catch (LinkInvalid | com.secureexchanges.portal.core.error.Conflict lost) {
                    return false;
                }
            }));
        }
        start.countDown();
        int opened = 0;
        for (Future<Boolean> r : results) {
            opened += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, opened);
        assertEquals(1, db.count(db.tables.sessions()), "one first session");
    }
}
