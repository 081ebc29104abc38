package com.secureexchanges.portal.core.login;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.HeadMoved;
import com.secureexchanges.portal.core.error.LinkInvalid;
import com.secureexchanges.portal.core.model.EmailAddress;
import java.util.Optional;

/**
 * Storage of the sign-in flow. Each method is one round trip to the store and each write is
 * atomic: a request never leaves half its effects, or a decision without its events, behind. Every
 * write that records events throws {@link HeadMoved}, having written nothing, when the user's chain
 * head is no longer the one its {@link Appendix} expects. Thread-safe.
 */
public interface LoginStore {

    /** The owner of {@code email} (if any) and the throttle state under {@code addressKey}. */
    AddressState read(String addressKey, EmailAddress email);

    /** Writes all of {@code attempt} or none of it. */
    CommitOutcome commit(LoginAttempt attempt);

    /** The link with this token hash, used or not; empty when unknown or purged. */
    Optional<PendingLink> findLink(String tokenHash);

    /**
     * Marks the link used, stores what it grants and records {@code journal}, atomically, provided the
     * link is unused, unexpired, still among the live links of its address, and its user active at the
     * link's security version; a challenge is also counted in its number's SMS window. Of concurrent calls for
     * one link at most one succeeds.
     *
     * @return false, and nothing written, when the number's SMS window is full
     * @throws LinkInvalid with the reason, when a link condition fails (nothing is written then)
     */
    boolean redeem(PendingLink link, Grant grant, Appendix journal);

    /**
     * Records a refusal of the link (its events, and the head on the link), if the link still exists
     * and has caused fewer than {@code maxDenials} refusals.
     *
     * @return false, and nothing written, otherwise
     */
    boolean deny(PendingLink link, Appendix journal, int maxDenials);
}
