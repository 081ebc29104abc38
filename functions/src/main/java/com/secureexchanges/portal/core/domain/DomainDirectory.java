package com.secureexchanges.portal.core.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Which account has approved which email domain (SPEC U4). A domain is approved by at most one account.
 * Thread-safe.
 */
public interface DomainDirectory {

    /** The id of the account that approved {@code domain} (lower case), if any. */
    Optional<String> approvedBy(String domain);

    /**
     * Records {@code domain} as approved by {@code accountId}, if no account holds it.
     *
     * @return false, and nothing written, when another account (or this one) already holds it
     */
    boolean approve(String accountId, String domain, Instant at);
}
