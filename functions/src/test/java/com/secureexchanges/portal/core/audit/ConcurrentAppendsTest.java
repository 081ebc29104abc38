package com.secureexchanges.portal.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.adapter.dynamodb.DynamoFixture;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.testing.CoreFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * SPEC E4 on DynamoDB Local: writers racing on one user's chain never take the same number, every
 * change that was saved has its event, and the chain verifies.
 */
class ConcurrentAppendsTest {

    @Test
    void sixteenConcurrentChanges_leaveADenseVerifiableChain() throws Exception {
        CoreFixture f = new DynamoFixture().core();
        User ada = f.addUser("ada@example.com");
        String session = f.signIn("ada@example.com");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String name = "Name" + i;
            results.add(pool.submit(() -> {
                Caller caller = f.caller(session);
                start.await();
                try {
                    f.profiles.update(caller, new Profile(name, "Lovelace", Language.EN, "America/Toronto", "en-CA"),
                            Optional.empty());
                    return true;
                } catch (Conflict lostTooOften) {
                    return false;
                }
            }));
        }
        start.countDown();
        int saved = 0;
        for (Future<Boolean> r : results) {
            saved += r.get() ? 1 : 0;
        }
        pool.shutdown();
        List<StoredEvent> chain = f.eventsOf(ada);
        for (int i = 0; i < chain.size(); i++) {
            assertEquals(i + 1, chain.get(i).seq(), "numbers are dense and unique");
        }
        long changes = chain.stream().filter(e -> e.event().type() == EventType.PROFILE_CHANGED).count();
        assertTrue(saved >= 1, "at least one writer got through");
        assertEquals(saved, changes, "every saved change has exactly its event");
        Verification v = Verification.of(chain, f.reload(ada).journal(), f.clock.instant(), Duration.ofDays(400));
        assertTrue(v.valid(), v.toString());
        String previous = "Ada";
        for (StoredEvent e : chain) {
            if (e.event().type() == EventType.PROFILE_CHANGED) {
                assertEquals(previous, e.event().details().get("firstName.before"), "each change starts where the last "
                        + "one ended: no event tells a stale 'before'");
                previous = e.event().details().get("firstName.after");
            }
        }
        String stored = f.reload(ada).profile().firstName();
        assertEquals(stored, chain.getLast().event().details().get("firstName.after"),
                "the last event tells the stored value");
    }
}
