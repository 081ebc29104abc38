package com.secureexchanges.portal.adapter.secretsmanager;

import com.secureexchanges.portal.config.LogSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value made from a secret (HMAC keys, accepted header values), read through {@code loader} at first
 * use and again once it is {@code maxAge} old, so that a rotation reaches a running function without a
 * deploy. Thread-safe. One caller re-reads at a time, on the request path; the others meanwhile go on
 * with the value they had, so a re-read never queues requests. A failed re-read keeps the last good
 * value, writes {@value #REFRESH_FAILED} with the secret's name and the failure's type to the log (never
 * a value, nor a message that could quote one), and is tried again after {@link #RETRY}. With no value
 * yet (first use, or after {@link #forget}) callers wait for the read, and its failure is theirs.
 */
public final class CachedSecret<T> implements Supplier<T> {

    public static final String REFRESH_FAILED = "secret_refresh_failed";
    static final Duration RETRY = Duration.ofSeconds(30);

    private record Held<T>(T value, Instant nextRead) {
    }

    private final String name;
    private final Supplier<T> loader;
    private final Clock clock;
    private final Duration maxAge;
    private final LogSink log;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Held<T> held;

    /** @param name how the log names the secret, e.g. {@code hmac-keys}; never its value */
    public CachedSecret(String name, Supplier<T> loader, Clock clock, Duration maxAge, LogSink log) {
        this.name = name;
        this.loader = loader;
        this.clock = clock;
        this.maxAge = maxAge;
        this.log = log;
    }

    @Override
    public T get() {
        Held<T> h = held;
        if (h != null && clock.instant().isBefore(h.nextRead())) {
            return h.value();
        }
        if (h == null) {
            reading.lock();
        } else if (!reading.tryLock()) {
            return h.value();
        }
        try {
            Held<T> latest = held;
            if (latest == null || !clock.instant().isBefore(latest.nextRead())) {
                latest = read(latest);
            }
            return latest.value();
        } finally {
            reading.unlock();
        }
    }

    /** Drops the value (waiting for a read in progress): the next {@link #get} reads the secret again. */
    public void forget() {
        reading.lock();
        try {
            held = null;
        } finally {
            reading.unlock();
        }
    }

    private Held<T> read(Held<T> last) {
        Instant now = clock.instant();
        Held<T> next;
        try {
            next = new Held<>(Objects.requireNonNull(loader.get(), name), now.plus(maxAge));
        } catch (RuntimeException e) {
            if (last == null) {
                throw e;
            }
            log.write("{\"level\":\"ERROR\",\"error\":\"" + REFRESH_FAILED + "\",\"secret\":\"" + name
                    + "\",\"cause\":\"" + e.getClass().getSimpleName() + "\",\"retryInSeconds\":"
                    + RETRY.toSeconds() + "}");
            next = new Held<>(last.value(), now.plus(RETRY));
        }
        held = next;
        return next;
    }
}
