package com.secureexchanges.portal.core.license;

import java.time.Instant;
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

    /** {@code quantity} licences of {@code plan} bought at {@code at}: their share of what is left of {@code period}. */
    public static OrderLine bought(Plan plan, int quantity, BillingPeriod period, Instant at) {
        return new OrderLine(plan.id(), quantity, plan.monthlyPrice(),
                period.prorate(plan.monthlyPrice().times(quantity), at));
    }

    /** What the line costs a month, from the next renewal on. */
    public Money monthly() {
        return unitPrice.times(quantity);
    }
}
