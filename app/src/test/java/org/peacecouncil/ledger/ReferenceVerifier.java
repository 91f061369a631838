package org.peacecouncil.ledger;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162 written out again, independently of the production code: the Merkle tree hash by its recursive
 * definition (§2.1.1) and the verification algorithms for inclusion (§2.1.3.2) and consistency (§2.1.4.2).
 */
final class ReferenceVerifier {

    private ReferenceVerifier() {
    }

    static byte[] sha256(byte[]... parts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] leaf(byte[] entry) {
        return sha256(new byte[] {0}, entry);
    }

    static byte[] node(byte[] left, byte[] right) {
        return sha256(new byte[] {1}, left, right);
    }

    /** MTH(D[n]) by definition. */
    static byte[] mth(List<byte[]> entries) {
        int n = entries.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leaf(entries.get(0));
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return node(mth(entries.subList(0, k)), mth(entries.subList(k, n)));
    }

    /** §2.1.3.2: does {@code path} prove that {@code leafHash} is leaf {@code index} of the tree with {@code root}? */
    static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** §2.1.4.2: does {@code path} prove the tree of {@code first} leaves is a prefix of the one of {@code second}? */
    static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> path) {
        if (first == second) {
            return path.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return path.isEmpty();
        }
        if (first > second || path.isEmpty()) {
            return false;
        }
        var proof = new java.util.ArrayList<>(path);
        if (Long.bitCount(first) == 1) {
            proof.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        if ((fn & 1) == 1) {
            while ((fn & 1) == 1) {
                fn >>= 1;
                sn >>= 1;
            }
        }
        byte[] fr = proof.get(0);
        byte[] sr = proof.get(0);
        for (byte[] c : proof.subList(1, proof.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }
}
