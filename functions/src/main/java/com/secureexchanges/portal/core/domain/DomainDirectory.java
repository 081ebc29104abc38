package com.secureexchanges.portal.core.domain;

import com.secureexchanges.portal.core.audit.Appendix;
import com.secureexchanges.portal.core.audit.HeadMoved;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The domains of each account, and which account has approved which domain (SPEC U4): a domain is
 * approved by at most one account, while pending claims are per account and block no one. Every
 * change is written with its events (the administrator's chain) in one atomic write, and throws
 * {@link HeadMoved}, writing nothing, when that chain's head moved. Thread-safe.
 */
public interface DomainDirectory {

    /** What {@link #add} and {@link #verify} can meet besides success. */
    enum Refusal { ALREADY_ADDED, TOO_MANY, TAKEN, GONE }

    /** The id of the account that approved {@code domain} (lower case), if any. */
    Optional<String> approvedBy(String domain);

    /** The account's domains, pending and verified, by name. */
    List<DomainClaim> list(String accountId);

    Optional<DomainClaim> find(String accountId, DomainName domain);

    /**
     * Adds a pending claim, if the account has fewer than {@code limit} domains and not this one.
     *
     * @return the refusal ({@code ALREADY_ADDED}, {@code TOO_MANY}), nothing written; empty when added
     */
    Optional<Refusal> add(DomainClaim claim, int limit, Appendix journal);

    /**
     * Approves the claim for its account: it becomes verified and the domain is the account's alone.
     *
     * @return {@code TAKEN} when another account approved it, {@code GONE} when the claim was removed or
     *         replaced meanwhile (nothing written either way); empty when done
     */
    Optional<Refusal> verify(DomainClaim claim, Instant at, Appendix journal);

    /** Removes the claim and, if it was verified, the account's approval. False when it was already gone. */
    boolean remove(DomainClaim claim, Appendix journal);

    /**
     * Approves {@code domain} for {@code accountId} without events (the local demo account).
     *
     * @return false, and nothing written, when another account (or this one) already holds it
     */
    boolean approve(String accountId, String domain, Instant at);
}
