package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.user.User;

/** Ends a challenge, or records a guess at it, with its events, in one atomic write each. */
public interface ChallengeCompletion {

    /**
     * Deletes the challenge, stores the session and records {@code journal}, if the challenge is
     * unchanged since it was counted and its user's security version is the challenge's; false,
     * nothing written, otherwise.
     */
    boolean completeLogin(Challenge solved, Session session, Appendix journal);

    /** Deletes the challenge and replaces {@code before} by {@code after}, under the same conditions. */
    boolean completeEnrolment(Challenge solved, User before, User after, Appendix journal);

    /** Records a wrong guess's events (and their head on the challenge, while it exists). */
    void recordGuess(Challenge counted, Appendix journal);
}
