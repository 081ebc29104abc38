package com.secureexchanges.portal.core.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * P1 and SPEC A5: periods of one calendar month from the account's first order, and the proration
 * {@code (new − old) × remaining seconds ÷ seconds of the period}, half up to the cent, at the edges.
 */
class BillingPeriodTest {

    private static final long DAY = 86_400;

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    private static Money cad(long cents) {
        return new Money(cents, "CAD");
    }

    @Test
    void aPeriod_isOneCalendarMonth_ofTwentyEightToThirtyOneDays() {
        assertEquals(31 * DAY, BillingPeriod.first(at("2027-01-10T09:30:00Z")).seconds());
        assertEquals(28 * DAY, BillingPeriod.first(at("2027-02-10T09:30:00Z")).seconds());
        assertEquals(29 * DAY, BillingPeriod.first(at("2028-02-10T09:30:00Z")).seconds(), "a leap year");
        assertEquals(30 * DAY, BillingPeriod.first(at("2027-04-10T09:30:00Z")).seconds());
    }

    @Test
    void anAnchorOnThe31st_endsPeriodsOnTheLastDay_andComesBackToThe31st() {
        Instant anchor = at("2027-01-31T12:00:00Z");
        assertEquals(new BillingPeriod(anchor, at("2027-02-28T12:00:00Z")), BillingPeriod.containing(anchor, anchor));
        BillingPeriod march = BillingPeriod.containing(anchor, at("2027-03-01T00:00:00Z"));
        assertEquals(new BillingPeriod(at("2027-02-28T12:00:00Z"), at("2027-03-31T12:00:00Z")), march,
                "counted from the anchor: back on the 31st, not stuck on the 28th");
        assertEquals(at("2027-04-30T12:00:00Z"), BillingPeriod.containing(anchor, at("2027-04-01T00:00:00Z")).end());
        assertEquals(new BillingPeriod(at("2028-01-31T12:00:00Z"), at("2028-02-29T12:00:00Z")),
                BillingPeriod.containing(anchor, at("2028-02-01T00:00:00Z")), "a year on, in a leap year");
    }

    @Test
    void theBoundaries_belongToTheNextPeriod() {
        Instant anchor = at("2027-01-10T00:00:00Z");
        assertEquals(anchor, BillingPeriod.containing(anchor, at("2027-02-09T23:59:59Z")).start());
        assertEquals(at("2027-02-10T00:00:00Z"), BillingPeriod.containing(anchor, at("2027-02-10T00:00:00Z")).start());
        assertEquals(at("2028-01-10T00:00:00Z"), BillingPeriod.containing(anchor, at("2028-01-10T00:00:00Z")).start());
    }

    @Test
    void proration_atTheFirstSecond_chargesTheWholeDifference() {
        BillingPeriod february = BillingPeriod.first(at("2027-02-01T00:00:00Z"));
        assertEquals(cad(1_000), february.prorate(cad(1_000), february.start()));
    }

    @Test
    void proration_atTheLastSecond_chargesOneSecondsWorth_roundedHalfUp() {
        for (String start : new String[] {"2027-02-01T00:00:00Z", "2028-02-01T00:00:00Z", "2027-04-01T00:00:00Z",
            "2027-01-01T00:00:00Z"}) {
            BillingPeriod p = BillingPeriod.first(at(start));
            Instant last = p.end().minusSeconds(1);
            assertEquals(cad(0), p.prorate(cad(1_000), last), "1,000 cents ÷ " + p.seconds() + " s: 0.0004 cent");
            assertEquals(cad(1), p.prorate(cad(p.seconds() / 2), last), "half a cent goes up");
            assertEquals(cad(0), p.prorate(cad(p.seconds() / 2 - 1), last), "just under half goes down");
            assertEquals(cad(0), p.prorate(cad(1_000), p.end()), "nothing is left at the end");
        }
    }

    @Test
    void proration_halfway_chargesHalf_inMonthsOfEveryLength() {
        for (String start : new String[] {"2027-02-01T00:00:00Z", "2028-02-01T00:00:00Z", "2027-04-01T00:00:00Z",
            "2027-01-01T00:00:00Z"}) {
            BillingPeriod p = BillingPeriod.first(at(start));
            Instant half = p.start().plus(Duration.ofSeconds(p.seconds() / 2));
            assertEquals(cad(1_250), p.prorate(cad(2_500), half), start);
            assertEquals(cad(1), p.prorate(cad(1), half), "half a cent goes up: " + start);
        }
    }

    /** An upgrade from 15.00 to 40.00 ten days into a 30-day period: 25.00 × 20 ÷ 30 = 16.666… → 16.67. */
    @Test
    void anUpgradeQuote_isTheDifference_forTheRestOfThePeriod() {
        BillingPeriod april = BillingPeriod.first(at("2027-04-01T00:00:00Z"));
        Money difference = cad(4_000).lessOrZero(cad(1_500));
        assertEquals(cad(1_667), april.prorate(difference, at("2027-04-11T00:00:00Z")));
        assertEquals(cad(833), april.prorate(difference, at("2027-04-21T00:00:00Z")), "833.33… cents");
    }
}
