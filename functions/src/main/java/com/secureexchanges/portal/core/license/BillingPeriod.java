package com.secureexchanges.portal.core.license;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One billing period of an account: from {@code start} (included) to {@code end} (excluded), one calendar
 * month long (P1). Periods repeat from the account's anchor, the time of its first order: the n-th period
 * starts n calendar months after the anchor, in UTC, counted from the anchor itself, so an anchor on the
 * 31st gives periods ending on the 28th (29th) of February, the 31st of March, the 30th of April… and never
 * drifts to the 28th for good. Times are whole seconds.
 */
public record BillingPeriod(Instant start, Instant end) {

    public BillingPeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /** The period of the cycle anchored at {@code anchor} that contains {@code at} (the first one before it). */
    public static BillingPeriod containing(Instant anchor, Instant at) {
        ZonedDateTime from = anchor.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
        ZonedDateTime when = at.atZone(ZoneOffset.UTC);
        long n = Math.max(0, ChronoUnit.MONTHS.between(from, when));
        while (n > 0 && from.plusMonths(n).isAfter(when)) {
            n--;
        }
        while (!from.plusMonths(n + 1).isAfter(when)) {
            n++;
        }
        return new BillingPeriod(from.plusMonths(n).toInstant(), from.plusMonths(n + 1).toInstant());
    }

    /** The first period of a cycle: one calendar month from {@code anchor}. */
    public static BillingPeriod first(Instant anchor) {
        return containing(anchor, anchor);
    }

    public long seconds() {
        return end.getEpochSecond() - start.getEpochSecond();
    }

    /** The seconds of this period left at {@code at}: all of them at its start, none at its end or after. */
    public long remaining(Instant at) {
        long left = end.getEpochSecond() - at.getEpochSecond();
        return Math.max(0, Math.min(seconds(), left));
    }

    /**
     * {@code amount × remaining seconds ÷ seconds of the period}, rounded to the cent half up (SPEC A5): what
     * a licence costs, or an upgrade adds, for the rest of this period from {@code at}.
     */
    public Money prorate(Money amount, Instant at) {
        return amount.share(remaining(at), seconds());
    }
}
