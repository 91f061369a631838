package org.peacecouncil.ledger;

/**
 * C2SP tlog-tiles paths: an index is written in groups of three digits, every group but the last prefixed with
 * {@code x} (1234067 → {@code x001/x234/067}); a partial tile adds {@code .p/<width>}.
 */
public final class TilePath {

    public static final int WIDTH = 256;

    private TilePath() {
    }

    public static String index(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative tile index");
        }
        String last = String.format("%03d", n % 1000);
        long rest = n / 1000;
        var path = new StringBuilder(last);
        while (rest > 0) {
            path.insert(0, String.format("x%03d/", rest % 1000));
            rest /= 1000;
        }
        return path.toString();
    }

    /** Reads an index written by {@link #index(long)}; refuses any other spelling, so each tile has one path. */
    /** A path in the tile grammar whose index is past what any log can have (2^63). */
    public static final class IndexTooLarge extends IllegalArgumentException {
        IndexTooLarge(String path) {
            super("not a tile index (too large): " + path);
        }
    }

    public static long parseIndex(String path) {
        String[] groups = path.split("/", -1);
        long n = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            boolean last = i == groups.length - 1;
            String digits = last ? group : (group.startsWith("x") ? group.substring(1) : null);
            if (digits == null || !digits.matches("[0-9]{3}")) {
                throw new IllegalArgumentException("not a tile index: " + path);
            }
            try {
                n = Math.addExact(Math.multiplyExact(n, 1000), Integer.parseInt(digits));
            } catch (ArithmeticException tooLarge) {
                throw new IndexTooLarge(path);
            }
        }
        if (!index(n).equals(path)) {
            throw new IllegalArgumentException("not a tile index: " + path);
        }
        return n;
    }
}
