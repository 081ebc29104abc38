package com.secureexchanges.portal.adapter.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** When a secret is read again, what a failed read leaves in place, and who waits for a read. */
class CachedSecretTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final AtomicReference<String> stored = new AtomicReference<>("v1");
    private final AtomicInteger reads = new AtomicInteger();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final CachedSecret<String> secret = new CachedSecret<>("test-secret", () -> {
        reads.incrementAndGet();
        String value = stored.get();
        if (value == null) {
            throw new IllegalStateException("unreachable, and this message must not be logged");
        }
        return value;
    }, clock, MAX_AGE, log::add);

    @Test
    void isReadAtFirstUse_andAgainOnlyOnceMaxAgeHasPassed() {
        assertEquals(0, reads.get(), "nothing is read before it is needed");
        assertEquals("v1", secret.get());
        stored.set("v2");
        clock.advance(MAX_AGE.minusSeconds(1));
        assertEquals("v1", secret.get());
        assertEquals(1, reads.get());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("v2", secret.get());
        assertEquals(2, reads.get());
    }

    @Test
    void aFailedReRead_keepsTheLastGoodValue_logsItsErrorIdWithoutTheValue_andIsRetriedLater() {
        assertEquals("v1", secret.get());
        stored.set(null);
        clock.advance(MAX_AGE);
        assertEquals("v1", secret.get());
        assertEquals(1, log.size());
        String line = log.getFirst();
        assertTrue(line.contains("\"error\":\"secret_refresh_failed\"") && line.contains("\"secret\":\"test-secret\"")
                && line.contains("\"cause\":\"IllegalStateException\""), line);
        assertFalse(line.contains("v1") || line.contains("must not be logged"), line);

        clock.advance(CachedSecret.RETRY.minusSeconds(1));
        assertEquals("v1", secret.get());
        assertEquals(2, reads.get(), "no read again before the retry delay");
        stored.set("v2");
        clock.advance(Duration.ofSeconds(1));
        assertEquals("v2", secret.get());
    }

    @Test
    void withNoGoodValue_theFailureIsTheCallers() {
        stored.set(null);
        assertThrows(IllegalStateException.class, secret::get);
        stored.set("v1");
        assertEquals("v1", secret.get(), "the next call reads again");
    }

    @Test
    void forget_dropsTheValue_soTheNextCallReadsItAgain() {
        assertEquals("v1", secret.get());
        stored.set("v2");
        secret.forget();
        assertEquals("v2", secret.get());
        assertEquals(2, reads.get());
    }

    @Test
    void aReReadInProgress_holdsUpNoOtherCaller() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CachedSecret<String> slow = new CachedSecret<>("slow", () -> {
            if (calls.incrementAndGet() == 2) {
                reading.countDown();
                await(release);
                return "v2";
            }
            return "v1";
        }, clock, MAX_AGE, log::add);
        assertEquals("v1", slow.get());
        clock.advance(MAX_AGE);
        CompletableFuture<String> refreshing = CompletableFuture.supplyAsync(slow::get, threads);
        assertTrue(reading.await(5, TimeUnit.SECONDS));
        assertEquals("v1", CompletableFuture.supplyAsync(slow::get, threads).get(5, TimeUnit.SECONDS),
                "another caller goes on with the last value meanwhile");
        release.countDown();
        assertEquals("v2", refreshing.get(5, TimeUnit.SECONDS));
        assertEquals("v2", slow.get());
        assertEquals(2, calls.get());
        threads.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
