package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.user.User;

/** Ends a solved challenge and applies its effect in the same atomic write. */
public interface ChallengeCompletion {

    /**
     * Deletes the challenge and stores the session, if the challenge is unchanged since it was
     * counted and its user's security version is the challenge's; false, nothing written, otherwise.
     */
    boolean completeLogin(Challenge solved, Session session);

    /** Deletes the challenge and replaces {@code before} by {@code after}, under the same conditions. */
    boolean completeEnrolment(Challenge solved, User before, User after);
}
