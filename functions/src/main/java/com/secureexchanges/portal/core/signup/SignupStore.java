package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.core.account.Opening;
import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.session.Session;
import java.time.Instant;
import java.util.Optional;

/**
 * Storage of the sign-up requests. Each method is one round trip; each write is atomic. Thread-safe.
 */
public interface SignupStore {

    /** The address's claim, its domain's approval and the throttle under {@code addressKey}. */
    SignupState read(String addressKey, EmailAddress email);

    /** Writes all of {@code attempt} and the pending sign-up, or nothing. */
    CommitOutcome commit(LoginAttempt attempt, Optional<PendingSignup> signup);

    /** The pending sign-up with this token hash, used or not; empty when unknown or purged. */
    Optional<PendingSignup> find(String tokenHash);

    /** Why {@link #open} wrote nothing. */
    enum Refusal {
        /** The link was used (or expired) meanwhile. */
        LINK_USED,
        /** The address became a user's meanwhile. */
        EMAIL_TAKEN,
        /** Another account approved the address's domain meanwhile. */
        DOMAIN_TAKEN
    }

    /**
     * Opens the account of {@code signup} in one atomic write: the link marked used (provided it is unused
     * and unexpired at {@code now}), {@code opening} (account, pool, first administrator with their
     * licence and events, the first order) and the administrator's first session, provided the address
     * still has no user and its domain no approval. Of concurrent calls for one link at most one succeeds.
     *
     * @return why nothing was written; empty when it was opened
     */
    Optional<Refusal> open(PendingSignup signup, Opening opening, Session session, Instant now);
}
