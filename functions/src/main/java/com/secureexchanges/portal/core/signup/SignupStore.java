package com.secureexchanges.portal.core.signup;

import com.secureexchanges.portal.core.login.CommitOutcome;
import com.secureexchanges.portal.core.login.LoginAttempt;
import com.secureexchanges.portal.core.model.EmailAddress;
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
}
