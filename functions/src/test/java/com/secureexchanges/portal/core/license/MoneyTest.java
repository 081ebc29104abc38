package com.secureexchanges.portal.core.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Integer cents with a currency; arithmetic that would leave the range throws instead of wrapping. */
class MoneyTest {

    private static Money cad(long cents) {
        return new Money(cents, "CAD");
    }

    @Test
    void sums_andProducts_stayExact() {
        assertEquals(cad(4_500), cad(1_500).times(3));
        assertEquals(cad(4_000), cad(1_500).plus(cad(2_500)));
        assertEquals(cad(1_000), cad(2_500).lessOrZero(cad(1_500)));
        assertEquals(cad(0), cad(1_500).lessOrZero(cad(2_500)), "a lower price never becomes a credit");
    }

    @Test
    void overflow_andOtherCurrencies_areRefused_neverWrapped() {
        assertThrows(ArithmeticException.class, () -> cad(Money.MAX_CENTS).plus(cad(1)));
        assertThrows(ArithmeticException.class, () -> cad(Long.MAX_VALUE / 2));
        assertThrows(ArithmeticException.class, () -> cad(3_000_000_000L).times(Long.MAX_VALUE / 2));
        assertThrows(ArithmeticException.class, () -> cad(-1));
        assertThrows(ArithmeticException.class, () -> cad(1).times(-1));
        assertThrows(IllegalArgumentException.class, () -> cad(1).plus(new Money(1, "EUR")));
        assertThrows(IllegalArgumentException.class, () -> new Money(1, "cad"));
    }

    /** The rounding written in docs/DESIGN.md: to the cent, half up. */
    @Test
    void shares_roundToTheCent_halfUp() {
        assertEquals(cad(1), cad(1).share(1, 2), "half a cent goes up");
        assertEquals(cad(0), cad(1).share(49, 100), "less than half goes down");
        assertEquals(cad(1), cad(1).share(50, 100));
        assertEquals(cad(333), cad(1_000).share(1, 3), "333.33… cents");
        assertEquals(cad(667), cad(1_000).share(2, 3), "666.66… cents");
        assertEquals(cad(1_000), cad(1_000).share(3, 3));
        assertEquals(cad(0), cad(1_000).share(0, 3));
        assertEquals(cad(Money.MAX_CENTS / 2), cad(Money.MAX_CENTS).share(2_678_400, 5_356_800),
                "products past 64 bits are exact");
        assertThrows(IllegalArgumentException.class, () -> cad(1).share(4, 3));
    }
}
