package com.secureexchanges.portal.core.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * One account's claim on a domain (SPEC U4).
 *
 * @param token the value the account publishes after {@link DomainName#VALUE_PREFIX}: 128 random bits in
 *              base32. Kept as it is, not hashed: it is meant to be published in DNS, proves nothing
 *              without control of the zone, and the administrator must be able to read it again.
 */
public record DomainClaim(String accountId, DomainName domain, String token, DomainStatus status, Instant addedAt,
                          Optional<Instant> verifiedAt) {

    public static DomainClaim pending(String accountId, DomainName domain, String token, Instant at) {
        return new DomainClaim(accountId, domain, token, DomainStatus.PENDING, at, Optional.empty());
    }

    public boolean verified() {
        return status == DomainStatus.VERIFIED;
    }

    public DomainClaim verifiedAt(Instant at) {
        return new DomainClaim(accountId, domain, token, DomainStatus.VERIFIED, addedAt, Optional.of(at));
    }

    /** The TXT value to publish. */
    public String recordValue() {
        return DomainName.VALUE_PREFIX + token;
    }
}
