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

    /** "USD 1,200,000,000.00": grouped, two decimals (rounded half up), as {@code String.format("%,.2f")} writes it, without its cost. */
    @Override
    public String toString() {
        var cents = major().setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue();
        if (cents.bitLength() > 62) {
            return currency + " " + String.format(java.util.Locale.ROOT, "%,.2f", major());
        }
        long value = cents.longValue();
        var text = new StringBuilder(32).append(currency).append(' ');
        if (minorUnits < 0) { // "-0.00" for an amount that rounds to zero, as the formatter writes it
            text.append('-');
        }
        grouped(text, Math.abs(value) / 100);
        long fraction = Math.abs(value) % 100;
        return text.append('.').append((char) ('0' + fraction / 10)).append((char) ('0' + fraction % 10)).toString();
    }

    /** "1,234,567", as {@code String.format("%,d")} writes a number, without its cost. */
    public static String grouped(long n) {
        if (n == Long.MIN_VALUE) {
            return String.format(java.util.Locale.ROOT, "%,d", n);
        }
        var text = new StringBuilder(26);
        if (n < 0) {
            text.append('-');
        }
        return grouped(text, Math.abs(n)).toString();
    }

    private static StringBuilder grouped(StringBuilder text, long n) {
        String digits = Long.toString(n);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text;
    }
}
