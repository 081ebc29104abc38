package com.secureexchanges.portal.core.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one plan's seats move in one write: {@code total} licences added (or, negative, removed from the
 * pool) and {@code free} ones added (or taken). Stores apply it only where the result stays in range: no
 * fewer than zero free, no more than the account's limit in all.
 */
public record SeatChange(String plan, long total, long free) {

    /** A free licence taken by a user. */
    public static SeatChange taken(String plan) {
        return new SeatChange(plan, 0, -1);
    }

    /** A held licence given back to the pool. */
    public static SeatChange returned(String plan) {
        return new SeatChange(plan, 0, 1);
    }

    /** Licences bought: the pool grows, free. */
    public static SeatChange bought(String plan, long quantity) {
        return new SeatChange(plan, quantity, quantity);
    }

    /** Free licences removed from the account (SPEC A5, "Remove from account"). */
    public static SeatChange removed(String plan, long quantity) {
        return new SeatChange(plan, -quantity, -quantity);
    }

    /** A held licence that leaves this plan (an upgrade), or (positive) arrives in it. */
    public static SeatChange held(String plan, long count) {
        return new SeatChange(plan, count, 0);
    }

    /**
     * How the pool moves when a user who held {@code before} holds {@code after}: the old licence back to
     * the pool and the new one taken from it, or, for one licence that changes plan (an upgrade in place),
     * one held licence fewer in the old plan and one more in the new.
     */
    public static List<SeatChange> between(Optional<HeldLicense> before, Optional<HeldLicense> after) {
        List<SeatChange> changes = new ArrayList<>();
        if (before.isPresent() && after.isPresent() && before.get().id().equals(after.get().id())) {
            if (!before.get().plan().equals(after.get().plan())) {
                changes.add(held(before.get().plan(), -1));
                changes.add(held(after.get().plan(), 1));
            }
            return changes;
        }
        before.ifPresent(license -> changes.add(returned(license.plan())));
        after.ifPresent(license -> changes.add(taken(license.plan())));
        return changes;
    }
}
