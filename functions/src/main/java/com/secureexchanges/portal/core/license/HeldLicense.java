package com.secureexchanges.portal.core.license;

import com.secureexchanges.portal.core.account.UserKey;
import java.time.Instant;
import java.util.Objects;

/**
 * The licence a user holds (SPEC A5): its id, its plan and since when the user holds it. Free licences are
 * interchangeable counts of the pool ({@link Seats}); a licence gets its id when it is assigned, keeps it
 * through a transfer and an upgrade, and goes back to the pool (as a count) when it is removed.
 */
public record HeldLicense(String id, String plan, Instant since) {

    public HeldLicense {
        Objects.requireNonNull(since);
        if (!UserKey.isId(id) || plan == null || !Plan.ID.matcher(plan).matches()) {
            throw new IllegalArgumentException("not a licence");
        }
    }

    /** The same licence, of another plan (an upgrade in place). */
    public HeldLicense ofPlan(String other) {
        return new HeldLicense(id, other, since);
    }
}
