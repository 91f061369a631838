package org.peacecouncil.charter;

/** An exact fraction such as 2/3, so that "two-thirds or more" never depends on floating point. */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a fraction must be between 0 (exclusive) and 1, e.g. 2/3");
        }
    }

    public static Fraction parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("write a fraction as n/d, e.g. 2/3");
        }
        try {
            return new Fraction(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("write a fraction as n/d, e.g. 2/3");
        }
    }

    /** True when {@code count} out of {@code total} is this fraction or more. */
    public boolean reachedBy(long count, long total) {
        return total > 0 && count * denominator >= total * (long) numerator;
    }

    /** The smallest count out of {@code total} that reaches this fraction. */
    public long smallestShareOf(long total) {
        return (total * numerator + denominator - 1) / denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
