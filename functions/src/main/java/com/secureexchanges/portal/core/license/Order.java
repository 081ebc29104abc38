package com.secureexchanges.portal.core.license;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order (P1), as stored and listed in the purchase history: its lines, amounts in integer cents, status
 * and period. A purchase grows the pool; an upgrade moves one held licence to a higher plan and charges
 * exactly its quote.
 *
 * @param period     from the order to the end of the billing period it falls in (for the account's first
 *                   order, one calendar month)
 * @param orderedBy  the administrator's user id
 * @param payment    the payment provider's reference for it (the invoice provider: {@code invoice})
 * @param upgraded   for an upgrade, the user whose licence it moved
 */
public record Order(String id, String accountId, Instant at, Kind kind, OrderStatus status, List<OrderLine> lines,
                    BillingPeriod period, String orderedBy, String payment, Optional<String> upgraded) {

    /** What an order does. */
    public enum Kind { PURCHASE, UPGRADE }

    public Order {
        Objects.requireNonNull(status);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has lines");
        }
    }

    /** What the order charges now: the sum of its lines. */
    public Money total() {
        return lines.stream().map(OrderLine::amount).reduce(Money::plus).orElseThrow();
    }

    /** What its lines cost a month, from the next renewal on. */
    public Money monthly() {
        return lines.stream().map(OrderLine::monthly).reduce(Money::plus).orElseThrow();
    }

    /** The same order, as the payment provider left it. */
    public Order paidWith(OrderStatus newStatus, String reference) {
        return new Order(id, accountId, at, kind, newStatus, lines, period, orderedBy, reference, upgraded);
    }
}
