package org.peacecouncil.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Recomputes an RFC 9162 tree leaf by leaf, keeping only the roots of its complete subtrees (one per set bit of
 * the size), so the root of every prefix is at hand as the leaves stream past.
 */
final class TreeBuilder {

    /** Told of each completed subtree whose height is a multiple of 8 (the heights hash tiles hold), leaves excepted. */
    @FunctionalInterface
    interface TileLevelNodes {
        void completed(int level, long index, byte[] hash);
    }

    private final byte[][] stack = new byte[64][]; // roots of complete subtrees, largest first
    private final int[] heights = new int[64];
    private int top;
    private final MessageDigest digest;
    private long size;

    TreeBuilder() {
        pair[0] = 1;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] leafHash(byte[] entry) {
        return leafHash(entry, 0, entry.length);
    }

    byte[] leafHash(byte[] bytes, int offset, int length) {
        // One update of prefix and entry together: the digest then compresses whole blocks straight from the array
        // instead of staging every block behind the one-byte prefix.
        if (scratch.length < length + 1) {
            scratch = new byte[Math.max(length + 1, scratch.length * 2)];
        }
        scratch[0] = 0;
        System.arraycopy(bytes, offset, scratch, 1, length);
        digest.update(scratch, 0, length + 1);
        return digest.digest();
    }

    private byte[] node(byte[] left, byte[] right) {
        byte[] pair = this.pair;
        System.arraycopy(left, 0, pair, 1, 32);
        System.arraycopy(right, 0, pair, 33, 32);
        digest.update(pair);
        return digest.digest();
    }

    private byte[] scratch = new byte[1024];
    private final byte[] pair = new byte[65]; // 0x01 ‖ left ‖ right

    void add(byte[] leafHash) {
        add(leafHash, (level, index, hash) -> {
        });
    }

    void add(byte[] leafHash, TileLevelNodes listener) {
        long index = size;
        byte[] hash = leafHash;
        int level = 0;
        while (top > 0 && heights[top - 1] == level) {
            hash = node(stack[--top], hash);
            level++;
            index >>= 1;
            if ((level & 7) == 0) {
                listener.completed(level, index, hash);
            }
        }
        stack[top] = hash;
        heights[top] = level;
        top++;
        size++;
    }

    long size() {
        return size;
    }

    /** The root of the tree of all leaves so far. */
    byte[] root() {
        if (size == 0) {
            return digest.digest();
        }
        byte[] root = stack[top - 1];
        for (int i = top - 2; i >= 0; i--) {
            root = node(stack[i], root);
        }
        return root;
    }
}
