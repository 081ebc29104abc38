package com.secureexchanges.portal.core.license;

import java.time.Duration;
import java.util.Objects;

/**
 * The catalogue and the limits of purchases.
 *
 * @param maxQuantity   licences one order line may ask for (SPEC R: 1–1,000)
 * @param ordersPerHour orders (purchases and paid upgrades) one account may place an hour
 * @param quotesPerHour upgrade quotes one account may ask for an hour
 * @param quoteLifetime how long a quote can be paid (SPEC A5: 15 minutes)
 */
public record LicensePolicy(Plans plans, int maxQuantity, int ordersPerHour, int quotesPerHour,
                            Duration quoteLifetime) {

    public static final int MAX_QUANTITY = 1_000;
    /**
     * The most licences of one plan an account's pool may hold (the stores' condition), so that no list, count
     * or total grows without bound: 10,000 licences at the highest price the plans file allows stay far from
     * {@link Money#MAX_CENTS}.
     */
    public static final long MAX_PER_PLAN = 10_000;

    public LicensePolicy {
        Objects.requireNonNull(plans);
        if (maxQuantity < 1 || maxQuantity > MAX_PER_PLAN || ordersPerHour < 1 || quotesPerHour < 1) {
            throw new IllegalArgumentException("licence limits out of range");
        }
    }

    /** The defaults, over a catalogue. */
    public static LicensePolicy of(Plans plans) {
        return new LicensePolicy(plans, MAX_QUANTITY, 20, 60, Duration.ofMinutes(15));
    }
}
