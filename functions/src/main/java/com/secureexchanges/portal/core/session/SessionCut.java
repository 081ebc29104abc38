package com.secureexchanges.portal.core.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The end of a user's sessions (security review, finding 13): every session opened at or before
 * {@code at} is over, but {@code kept} ("sign out other sessions" keeps the caller's). Kept on the
 * directory and read with the user at every request, it ends all of them at once, including any a
 * list of sessions (an eventually consistent index) did not show yet.
 */
public record SessionCut(Instant at, Optional<String> kept) {

    /** To the second, as sessions' opening times are stored: one opened in the same second is ended too. */
    public SessionCut {
        at = at.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Every session opened up to now. */
    public static SessionCut all(Instant at) {
        return new SessionCut(at, Optional.empty());
    }

    /** Every session opened up to now but {@code current}. */
    public static SessionCut allBut(Instant at, Session current) {
        return new SessionCut(at, Optional.of(current.idHash()));
    }

    /** Whether {@code session} is over. */
    public boolean ends(Session session) {
        return !session.createdAt().truncatedTo(ChronoUnit.SECONDS).isAfter(at)
                && kept.filter(session.idHash()::equals).isEmpty();
    }
}
