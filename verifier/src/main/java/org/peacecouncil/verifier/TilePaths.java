package org.peacecouncil.verifier;

/** C2SP tlog-tiles paths, written here again so the verifier shares no code with the server it checks. */
final class TilePaths {

    static final int WIDTH = 256;

    private TilePaths() {
    }

    static String index(long n) {
        var path = new StringBuilder(String.format("%03d", n % 1000));
        for (long rest = n / 1000; rest > 0; rest /= 1000) {
            path.insert(0, String.format("x%03d/", rest % 1000));
        }
        return path.toString();
    }

    static String hashTile(int level, long index, int width) {
        return "tile/" + level + "/" + index(index) + (width < WIDTH ? ".p/" + width : "");
    }

    static String entryBundle(long index, int width) {
        return "tile/entries/" + index(index) + (width < WIDTH ? ".p/" + width : "");
    }
}
