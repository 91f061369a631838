package org.peacecouncil.verifier;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies a whole log: the latest checkpoint's signature; every kept checkpoint's signature; every entry
 * against the leaf hashes the log serves; every served hash tile against the tree recomputed from the entries;
 * the root of every checkpoint (and of the last one this verifier saw) against that tree; every delegation key's
 * registration proof and every signed entry's signature against the key history on the same log. The first entry that
 * does not match is named.
 */
public final class LogVerifier {

    /** What a successful verification established. */
    public record Verified(String origin, long size, byte[] root, int checkpointsChecked, long keysChecked, long signaturesChecked) {
        public String rootHex() {
            return HexFormat.of().formatHex(root);
        }
    }

    /** The last checkpoint a verifier accepted, kept between runs to check the log only grows. */
    public record Seen(String origin, long size, byte[] root) {
    }

    private final LogSource source;
    private final VerifierKey key;

    private final int signatureThreads;

    public LogVerifier(LogSource source, VerifierKey key) {
        this(source, key, 1);
    }

    /** {@code signatureThreads} above 1: delegations' signatures are verified on that many threads beside the reading one. */
    public LogVerifier(LogSource source, VerifierKey key, int signatureThreads) {
        this.source = source;
        this.key = key;
        this.signatureThreads = signatureThreads;
    }

    public Verified verify(Seen lastSeen) {
        var latest = CheckpointText.parse(key.open(source.text("checkpoint"), "the latest checkpoint"), "the latest checkpoint");
        if (!latest.origin().equals(key.name())) {
            throw new VerificationFailure("the checkpoint's origin '" + latest.origin() + "' is not the key's name '" + key.name() + "'");
        }
        if (lastSeen != null && latest.size() < lastSeen.size()) {
            throw new VerificationFailure("the log shrank: it had " + lastSeen.size() + " entries when last verified, now "
                    + latest.size());
        }
        Map<Long, byte[]> expectedRoots = new TreeMap<>();
        int checked = 0;
        for (long size : source.checkpointSizes()) {
            if (size > latest.size()) {
                continue;
            }
            String what = "the checkpoint of size " + size;
            var older = CheckpointText.parse(key.open(source.text("checkpoints/" + size), what), what);
            if (older.size() != size || !older.origin().equals(key.name())) {
                throw new VerificationFailure(what + " says size " + older.size() + " of origin " + older.origin());
            }
            expectedRoots.put(size, older.root());
            checked++;
        }
        if (lastSeen != null) {
            expectedRoots.merge(lastSeen.size(), lastSeen.root(), (a, b) -> {
                if (!Arrays.equals(a, b)) {
                    throw new VerificationFailure("the log's checkpoint of size " + lastSeen.size()
                            + " differs from the one verified before: the log was rewritten");
                }
                return a;
            });
        }
        expectedRoots.put(latest.size(), latest.root());

        var signatures = new SignatureChecks(signatureThreads);
        try {
            return verifyEntries(latest, expectedRoots, checked, signatures);
        } catch (VerificationFailure failure) {
            throw signatures.firstFailureBefore(failure);
        }
    }

    private Verified verifyEntries(CheckpointText latest, Map<Long, byte[]> expectedRoots, int checked, SignatureChecks signatures) {
        long[] checkpointSizes = expectedRoots.keySet().stream().mapToLong(Long::longValue).toArray(); // ascending
        int nextCheckpoint = 0;
        while (nextCheckpoint < checkpointSizes.length && checkpointSizes[nextCheckpoint] == 0) {
            nextCheckpoint++;
        }
        var tree = new TreeBuilder();
        long verifiedUpTo = 0;
        long size = latest.size();
        TreeBuilder.TileLevelNodes tiles = (level, index, hash) -> checkHigherTile(level, index, hash, size);
        for (long tile = 0; tile * TilePaths.WIDTH < size; tile++) {
            int width = (int) Math.min(TilePaths.WIDTH, size - tile * TilePaths.WIDTH);
            byte[] bundle = source.require(TilePaths.entryBundle(tile, width));
            byte[] leafTile = source.require(TilePaths.hashTile(0, tile, width));
            int at = 0;
            for (int i = 0; i < width; i++) {
                long index = tile * TilePaths.WIDTH + i;
                if (at + 2 > bundle.length || at + 2 + (((bundle[at] & 0xff) << 8) | (bundle[at + 1] & 0xff)) > bundle.length) {
                    throw new VerificationFailure("entry bundle " + tile + " holds fewer than " + width + " entries", index);
                }
                int length = ((bundle[at] & 0xff) << 8) | (bundle[at + 1] & 0xff);
                byte[] leaf = tree.leafHash(bundle, at + 2, length);
                signatures.check(index, bundle, at + 2, length);
                at += 2 + length;
                if (leafTile.length < (i + 1) * 32 || !Arrays.equals(leaf, 0, 32, leafTile, i * 32, i * 32 + 32)) {
                    throw new VerificationFailure("entry " + index + " does not match its recorded hash: the entry or its hash was altered",
                            index);
                }
                tree.add(leaf, tiles);
                if (nextCheckpoint < checkpointSizes.length && checkpointSizes[nextCheckpoint] == tree.size()) {
                    byte[] expected = expectedRoots.get(checkpointSizes[nextCheckpoint++]);
                    if (!Arrays.equals(expected, tree.root())) {
                        throw new VerificationFailure("the first " + tree.size() + " entries do not produce the root signed in the checkpoint of size "
                                + tree.size() + "; the first " + verifiedUpTo + " do match an earlier checkpoint", verifiedUpTo);
                    }
                    verifiedUpTo = tree.size();
                }
            }
            if (at != bundle.length) {
                throw new VerificationFailure("entry bundle " + tile + " holds more than " + width + " entries", tile * TilePaths.WIDTH + width);
            }
        }
        if (size == 0 && !Arrays.equals(latest.root(), tree.root())) {
            throw new VerificationFailure("the empty log's checkpoint does not sign the hash of nothing");
        }
        signatures.finish();
        return new Verified(latest.origin(), size, latest.root(), checked + 1, signatures.keysChecked(), signatures.signaturesChecked());
    }

    private final Map<String, byte[]> higherTiles = new java.util.HashMap<>();

    /** Compares a completed subtree at a tile level (8, 16, ...) with the hash tile the log serves for it. */
    private void checkHigherTile(int level, long index, byte[] hash, long size) {
        int tileLevel = level / 8;
        long tile = index / TilePaths.WIDTH;
        long available = size >> level;
        int width = (int) Math.min(TilePaths.WIDTH, available - tile * TilePaths.WIDTH);
        String path = TilePaths.hashTile(tileLevel, tile, width);
        byte[] served = higherTiles.computeIfAbsent(path, source::require);
        int at = (int) (index % TilePaths.WIDTH) * 32;
        if (served.length < at + 32 || !Arrays.equals(hash, 0, 32, served, at, at + 32)) {
            long firstLeaf = index << level;
            throw new VerificationFailure("the log's hash tile " + path + " does not match entries " + firstLeaf + " to "
                    + (firstLeaf + (1L << level) - 1) + ": a stored hash was altered", firstLeaf);
        }
    }

}
