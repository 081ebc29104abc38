package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.ratelimit.RateWindow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored challenges. Every write is one conditional round trip; those that record events throw
 * {@code HeadMoved} (nothing written) when the user's chain head moved meanwhile. Thread-safe.
 */
public interface ChallengeStore {

    /**
     * Stores a new enrolment challenge (replacing the user's previous one, unless that one sent an
     * SMS after {@code cooldownCutoff}), counts one SMS in {@code numberWindow} and records
     * {@code journal}, atomically.
     */
    SendOutcome createEnrolment(Challenge challenge, Instant cooldownCutoff, List<RateWindow> windows, Appendix journal);

    Optional<Challenge> find(String key);

    /**
     * Counts one guess if the challenge exists, has guesses left ({@code attempts < maxAttempts})
     * and is unexpired, before any comparison is made.
     */
    AttemptResult countAttempt(String key, Instant now, int maxAttempts);

    /**
     * Replaces the code of {@code seen} by {@code fresh}'s if nobody sent or guessed since it was read,
     * the user's security version is unchanged, and the number's window has room; counts the send and
     * records {@code journal}.
     */
    SendOutcome replaceCode(Challenge seen, Challenge fresh, RateWindow numberWindow, Appendix journal);
}
