package org.peacecouncil.verifier;

/** C2SP tlog-tiles paths, written here again so the verifier shares no code with the server it checks. */
public final class TilePaths {

    public static final int WIDTH = 256;

    private TilePaths() {
    }

    /** The tile index as path elements of three digits, all but the last prefixed "x": 1234067 is x001/x234/067. */
    static String index(long n) {
        var path = new StringBuilder(32);
        prefix(path, n / 1000);
        return threeDigits(path, n % 1000).toString();
    }

    private static void prefix(StringBuilder path, long rest) {
        if (rest > 0) {
            prefix(path, rest / 1000);
            threeDigits(path.append('x'), rest % 1000).append('/');
        }
    }

    private static StringBuilder threeDigits(StringBuilder path, long group) {
        return path.append((char) ('0' + group / 100)).append((char) ('0' + group / 10 % 10)).append((char) ('0' + group % 10));
    }

    static String hashTile(int level, long index, int width) {
        return "tile/" + level + "/" + index(index) + (width < WIDTH ? ".p/" + width : "");
    }

    public static String entryBundle(long index, int width) {
        return "tile/entries/" + index(index) + (width < WIDTH ? ".p/" + width : "");
    }
}
