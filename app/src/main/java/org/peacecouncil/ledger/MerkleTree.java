package org.peacecouncil.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9162 Merkle tree hashing over stored complete subtrees. A complete subtree is addressed by its level
 * (height) and index: node (L, i) covers leaves [i·2^L, (i+1)·2^L). Only complete subtrees are stored; any other
 * range lies on the right edge of some tree and is combined from stored ones. Within one computation each range
 * is combined once, so a tree head or proof needs O(log n) stored hashes.
 */
public final class MerkleTree {

    /** Where stored complete-subtree hashes come from. */
    @FunctionalInterface
    public interface Hashes {
        byte[] node(int level, long index);
    }

    private final Hashes stored;
    private record Range(long lo, long hi) {
    }

    private final Map<Range, byte[]> combined = new HashMap<>();

    private MerkleTree(Hashes stored) {
        this.stored = stored;
    }

    public static MerkleTree over(Hashes stored) {
        return new MerkleTree(stored);
    }

    public static byte[] leafHash(byte[] entry) {
        var digest = sha256();
        digest.update((byte) 0x00);
        digest.update(entry);
        return digest.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        var digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** MTH of the first {@code size} leaves. */
    public byte[] root(long size) {
        return size == 0 ? emptyRoot() : range(0, size);
    }

    /** RFC 9162 §2.1.3.1 inclusion proof of leaf {@code index} in the tree of {@code size} leaves. */
    public List<byte[]> inclusionProof(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " is not in a tree of size " + size);
        }
        var proof = new ArrayList<byte[]>();
        path(index, 0, size, proof);
        return proof;
    }

    /** RFC 9162 §2.1.4.1 consistency proof between the trees of {@code from} and {@code to} leaves. */
    public List<byte[]> consistencyProof(long from, long to) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("no consistency proof from size " + from + " to size " + to);
        }
        var proof = new ArrayList<byte[]>();
        if (from > 0 && from < to) {
            subproof(from, 0, to, true, proof);
        }
        return proof;
    }

    private void path(long m, long lo, long hi, List<byte[]> proof) {
        long n = hi - lo;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < lo + k) {
            path(m, lo, lo + k, proof);
            proof.add(range(lo + k, hi));
        } else {
            path(m, lo + k, hi, proof);
            proof.add(range(lo, lo + k));
        }
    }

    private void subproof(long m, long lo, long hi, boolean complete, List<byte[]> proof) {
        long n = hi - lo;
        if (m == n) {
            if (!complete) {
                proof.add(range(lo, hi));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, lo, lo + k, complete, proof);
            proof.add(range(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, proof);
            proof.add(range(lo, lo + k));
        }
    }

    /** MTH of leaves [lo, hi); lo is always a multiple of the largest power of two not above hi - lo. */
    private byte[] range(long lo, long hi) {
        long n = hi - lo;
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            return stored.node(Long.numberOfTrailingZeros(n), lo / n);
        }
        var key = new Range(lo, hi);
        var known = combined.get(key);
        if (known != null) {
            return known;
        }
        long k = largestPowerOfTwoBelow(n);
        byte[] hash = nodeHash(range(lo, lo + k), range(lo + k, hi));
        combined.put(key, hash);
        return hash;
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
