package com.secureexchanges.portal.core.license;

/**
 * The licences of one plan in an account's pool (SPEC A4): how many it has ({@code total}) and how many of
 * them nobody holds ({@code free}). Never negative, and never more free than in all: the stores keep both
 * with conditional writes.
 */
public record Seats(long total, long free) {

    public static final Seats NONE = new Seats(0, 0);

    public Seats {
        if (free < 0 || total < free) {
            throw new IllegalArgumentException("seats out of range: " + free + " free of " + total);
        }
    }

    public long assigned() {
        return total - free;
    }

    /** These seats moved by {@code change} (of this plan). */
    public Seats plus(SeatChange change) {
        return new Seats(total + change.total(), free + change.free());
    }
}
