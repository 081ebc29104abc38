package com.secureexchanges.portal.core.license;

import java.util.Objects;

/**
 * One line of an order: {@code quantity} licences of {@code plan} at {@code unitPrice} a month each, and
 * what the line charges now ({@code amount}: the months' price for the part of the period that is left,
 * see {@link BillingPeriod#prorate}).
 */
public record OrderLine(String plan, int quantity, Money unitPrice, Money amount) {

    public OrderLine {
        Objects.requireNonNull(plan);
        Objects.requireNonNull(unitPrice);
        Objects.requireNonNull(amount);
        if (quantity < 1) {
            throw new IllegalArgumentException("a line orders at least one licence");
        }
    }

    /** What the line costs a month, from the next renewal on. */
    public Money monthly() {
        return unitPrice.times(quantity);
    }
}
