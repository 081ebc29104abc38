package com.secureexchanges.portal.core.port;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Holds an answer back until a least time has passed since its request began, so that the time of an
 * answer that is sent in every case says nothing about what the request did (issue 10: a sign-in
 * request for an address with an account writes more than one for an address without).
 */
@FunctionalInterface
public interface Pacer {

    /** Waits for real, measured with the JVM's monotonic clock (never the wall clock, which may step). */
    Pacer WAITING = () -> {
        long started = System.nanoTime();
        return least -> {
            long until = started + least.toNanos();
            // An interrupt would make parkNanos return at once: the hold would spin. Kept for after it.
            boolean interrupted = Thread.interrupted();
            for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(left);
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        };
    };

    /** Starts timing a request now. */
    Stopwatch start();

    /** Runs {@code work} and gives its answer, or throws its exception, no sooner than {@code least} from now. */
    default <T> T atLeast(Duration least, Supplier<T> work) {
        Stopwatch stopwatch = start();
        try {
            return work.get();
        } finally {
            stopwatch.holdUntil(least);
        }
    }

    /** A request's time. */
    @FunctionalInterface
    interface Stopwatch {

        /** Returns once at least {@code least} has passed since the stopwatch started (at once if it has). */
        void holdUntil(Duration least);
    }
}
