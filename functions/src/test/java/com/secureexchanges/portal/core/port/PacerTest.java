package com.secureexchanges.portal.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void holdsUntilTheLeastTimeHasPassedSinceTheStart() throws InterruptedException {
        long before = System.nanoTime();
        Pacer.Stopwatch stopwatch = Pacer.WAITING.start();
        Thread.sleep(20);
        stopwatch.holdUntil(Duration.ofMillis(80));
        long elapsed = System.nanoTime() - before;
        assertTrue(elapsed >= Duration.ofMillis(80).toNanos(), "held only " + elapsed + " ns");
    }

    @Test
    void atLeast_givesTheWorksAnswerOrException_afterTheFloor() {
        long before = System.nanoTime();
        assertEquals("done", Pacer.WAITING.atLeast(Duration.ofMillis(40), () -> "done"));
        assertTrue(System.nanoTime() - before >= Duration.ofMillis(40).toNanos());
        long again = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pacer.WAITING.atLeast(Duration.ofMillis(40), () -> {
                    throw new IllegalStateException("refused");
                }));
        assertEquals("refused", e.getMessage());
        assertTrue(System.nanoTime() - again >= Duration.ofMillis(40).toNanos(), "a refusal waits as long");
    }

    @Test
    void anInterruptedThreadStillHolds_andKeepsItsInterrupt() {
        long before = System.nanoTime();
        Thread.currentThread().interrupt();
        try {
            Pacer.WAITING.start().holdUntil(Duration.ofMillis(40));
            assertTrue(System.nanoTime() - before >= Duration.ofMillis(40).toNanos());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }
}
