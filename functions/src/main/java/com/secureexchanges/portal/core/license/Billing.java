package com.secureexchanges.portal.core.license;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an account has bought (SPEC A4, P1): its pool, per plan, and the anchor of its billing cycle (the
 * time of its first order; none before it). Kept with the account, so every request reads it with its
 * caller. Immutable.
 */
public record Billing(Optional<Instant> anchor, Map<String, Seats> seats) {

    public static final Billing NONE = new Billing(Optional.empty(), Map.of());

    public Billing {
        seats = Collections.unmodifiableMap(new TreeMap<>(seats));
    }

    public Seats seats(String plan) {
        return seats.getOrDefault(plan, Seats.NONE);
    }

    /** The billing period running at {@code at}; none before the first order. */
    public Optional<BillingPeriod> periodAt(Instant at) {
        return anchor.map(a -> BillingPeriod.containing(a, at));
    }

    /**
     * The pool of an account opened with {@code first} as its first order (SPEC A2): anchored at the order,
     * holding its lines, {@code held} (the first administrator's licence, if they take one) no longer free.
     */
    public static Billing opened(Order first, Optional<HeldLicense> held) {
        List<SeatChange> changes = new java.util.ArrayList<>(first.lines().stream()
                .map(l -> SeatChange.bought(l.plan(), l.quantity())).toList());
        held.ifPresent(license -> changes.add(SeatChange.taken(license.plan())));
        return NONE.after(changes, Optional.of(first.at()));
    }

    /**
     * The billing period a held licence is in at {@code at}: the account's (every licence of an account renews
     * with it, at the end of this period); a licence held without any order (data written before orders
     * existed) counts its periods from when it was assigned.
     */
    public BillingPeriod periodOf(HeldLicense license, Instant at) {
        return periodAt(at).orElseGet(() -> BillingPeriod.containing(license.since(), at));
    }

    /** The pool after {@code changes} (and, without an anchor yet, anchored at {@code orderedAt} when given). */
    public Billing after(List<SeatChange> changes, Optional<Instant> orderedAt) {
        Map<String, Seats> next = new TreeMap<>(seats);
        for (SeatChange change : changes) {
            next.put(change.plan(), next.getOrDefault(change.plan(), Seats.NONE).plus(change));
        }
        return new Billing(anchor.or(() -> orderedAt), next);
    }
}
