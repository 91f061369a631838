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
        digest.update((byte) 0);
        digest.update(bytes, offset, length);
        return digest.digest();
    }

    private byte[] node(byte[] left, byte[] right) {
        digest.update((byte) 1);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

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
