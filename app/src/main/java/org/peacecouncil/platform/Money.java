package org.peacecouncil.platform;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in integer minor units of an ISO 4217 currency (cents for USD). */
public record Money(long minorUnits, String currency) {

    public Money {
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: " + currency);
        }
    }

    /** Reads a decimal amount in major units ("1000000000", "12.50"), refusing more decimals than the currency has. */
    public static Money of(String amount, String currency) {
        var code = Currency.getInstance(currency);
        var minor = new BigDecimal(amount).movePointRight(Math.max(0, code.getDefaultFractionDigits()));
        return new Money(minor.longValueExact(), currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public boolean isMoreThan(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot compare " + other.currency + " with " + currency);
        }
        return minorUnits > other.minorUnits;
    }

    public BigDecimal major() {
        return BigDecimal.valueOf(minorUnits, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
    }

    @Override
    public String toString() {
        return currency + " " + String.format("%,.2f", major());
    }
}
