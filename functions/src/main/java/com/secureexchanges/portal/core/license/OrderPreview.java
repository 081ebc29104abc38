package com.secureexchanges.portal.core.license;

import java.util.List;

/**
 * What an order would charge if it were placed now (the review before "Pay"): its lines, each with the
 * share of its monthly price for what is left of the billing period, and that period. Nothing recorded.
 */
public record OrderPreview(List<OrderLine> lines, BillingPeriod period) {

    public OrderPreview {
        lines = List.copyOf(lines);
    }

    /** What the order would charge now. */
    public Money total() {
        return lines.stream().map(OrderLine::amount).reduce(Money::plus).orElseThrow();
    }

    /** What its lines would cost a month, from the next renewal on. */
    public Money monthly() {
        return lines.stream().map(OrderLine::monthly).reduce(Money::plus).orElseThrow();
    }
}
