package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.time.Instant;
import java.util.Optional;

/** Stored challenges. Every write is one conditional round trip. Thread-safe. */
public interface ChallengeStore {

    /**
     * Stores a new enrolment challenge (replacing the user's previous one, unless that one sent an
     * SMS after {@code cooldownCutoff}) and counts one SMS in {@code numberWindow}, atomically.
     */
    SendOutcome createEnrolment(Challenge challenge, Instant cooldownCutoff, RateWindow numberWindow);

    Optional<Challenge> find(String key);

    /**
     * Counts one guess if the challenge exists, has guesses left ({@code attempts < maxAttempts})
     * and is unexpired, before any comparison is made.
     */
    AttemptResult countAttempt(String key, Instant now, int maxAttempts);

    /**
     * Replaces the code of {@code seen} if nobody sent or guessed since it was read, the user's
     * security version is unchanged, and the number's window has room; counts the send.
     */
    SendOutcome replaceCode(Challenge seen, String codeHash, Instant codeExpiresAt, Instant now,
                            RateWindow numberWindow);
}
