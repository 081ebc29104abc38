package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.session.Session;
import java.util.Optional;

/**
 * Storage of the sign-in flow. Each method is one round trip to the store and each write is
 * atomic: a request never leaves half its effects behind. Thread-safe.
 */
public interface LoginStore {

    /** The owner of {@code email} (if any) and the throttle state under {@code addressKey}. */
    AddressState read(String addressKey, EmailAddress email);

    /** Writes all of {@code attempt} or none of it. */
    CommitOutcome commit(LoginAttempt attempt);

    /** The link with this token hash, used or not; empty when unknown or purged. */
    Optional<PendingLink> findLink(String tokenHash);

    /**
     * Marks the link used and stores {@code session}, atomically, provided the link is unused,
     * unexpired, still the newest of its address, bound to the same browser and its user active.
     * Of concurrent calls for one link at most one succeeds.
     *
     * @throws LinkInvalid with the reason, when any condition fails (nothing is written then)
     */
    void redeem(PendingLink link, Session session);
}
