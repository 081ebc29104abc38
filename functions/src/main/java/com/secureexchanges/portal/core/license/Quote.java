package com.secureexchanges.portal.core.license;

import java.time.Instant;
import java.util.Objects;

/**
 * The price of an upgrade (SPEC A5), offered for {@link LicensePolicy#quoteLifetime()}: the licence
 * {@code licenseId} of user {@code userId}, from plan {@code from} to plan {@code to}, for the rest of
 * {@code period}. Paying it records an order of exactly {@code amount}; a quote can be paid once.
 */
public record Quote(String id, String accountId, String userId, String licenseId, String from, String to,
                    Money amount, BillingPeriod period, Instant expiresAt, boolean used) {

    public Quote {
        Objects.requireNonNull(amount);
        Objects.requireNonNull(period);
        Objects.requireNonNull(expiresAt);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
