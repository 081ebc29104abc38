package com.secureexchanges.portal.core.license;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in integer cents (the currency's minor unit) and an ISO 4217 currency code
 * (SPEC R: "Money is integer cents with a currency code"). Never negative, never above {@link #MAX_CENTS}:
 * arithmetic that would leave that range throws instead of wrapping around. Immutable.
 */
public record Money(long cents, String currency) {

    /** A hundred billion units of the currency: far above any order the limits allow, far below overflow. */
    public static final long MAX_CENTS = 10_000_000_000_000L;

    public Money {
        Objects.requireNonNull(currency);
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is three capital letters, as ISO 4217 writes it");
        }
        if (cents < 0 || cents > MAX_CENTS) {
            throw new ArithmeticException("an amount out of range: " + cents);
        }
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    /** This amount less {@code other}, or zero when {@code other} is larger (a price never turns into a credit). */
    public Money lessOrZero(Money other) {
        sameCurrency(other);
        return new Money(Math.max(0, cents - other.cents), currency);
    }

    public Money times(long factor) {
        if (factor < 0) {
            throw new ArithmeticException("a negative factor");
        }
        return new Money(Math.multiplyExact(cents, factor), currency);
    }

    /**
     * {@code this × part ÷ whole}, rounded to the cent half up (a half cent and more goes up, less goes down):
     * the proration of SPEC A5. Exact whatever the sizes (the product is taken in big integers).
     */
    public Money share(long part, long whole) {
        if (whole <= 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException("a share is a part of a positive whole");
        }
        BigInteger product = BigInteger.valueOf(cents).multiply(BigInteger.valueOf(part));
        long rounded = new java.math.BigDecimal(product).divide(java.math.BigDecimal.valueOf(whole), 0,
                RoundingMode.HALF_UP).longValueExact();
        return new Money(rounded, currency);
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("amounts in " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return cents + " " + currency;
    }
}
