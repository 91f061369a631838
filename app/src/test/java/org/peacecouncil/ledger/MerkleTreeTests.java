package org.peacecouncil.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored-subtree tree agrees with RFC 9162 by definition, for every size and every proof up to 300 leaves. */
class MerkleTreeTests {

    private static final int MAX = 300;
    private static final List<byte[]> ENTRIES = new ArrayList<>();
    private static final Map<String, byte[]> STORED = new HashMap<>();

    /** Stores complete-subtree hashes exactly as the ledger does on append. */
    @BeforeAll
    static void appendEntries() {
        for (int n = 0; n < MAX; n++) {
            byte[] entry = ("{\"seq\":" + n + "}").getBytes(StandardCharsets.UTF_8);
            ENTRIES.add(entry);
            byte[] hash = MerkleTree.leafHash(entry);
            STORED.put(0 + "/" + n, hash);
            long index = n;
            int level = 0;
            while ((index & 1) == 1) {
                hash = MerkleTree.nodeHash(STORED.get(level + "/" + (index - 1)), hash);
                level++;
                index >>= 1;
                STORED.put(level + "/" + index, hash);
            }
        }
    }

    private static MerkleTree tree() {
        return MerkleTree.over((level, index) -> {
            byte[] hash = STORED.get(level + "/" + index);
            if (hash == null) {
                throw new AssertionError("asked for a subtree that is not complete: " + level + "/" + index);
            }
            return hash;
        });
    }

    @Test
    void everyRootMatchesTheDefinition() {
        for (int size = 0; size <= MAX; size++) {
            assertThat(tree().root(size)).as("size " + size).isEqualTo(ReferenceVerifier.mth(ENTRIES.subList(0, size)));
        }
    }

    @Test
    void everyInclusionProofVerifies() {
        for (int size = 1; size <= MAX; size++) {
            byte[] root = ReferenceVerifier.mth(ENTRIES.subList(0, size));
            for (int index = 0; index < size; index++) {
                var proof = tree().inclusionProof(index, size);
                assertThat(ReferenceVerifier.verifyInclusion(index, size, ReferenceVerifier.leaf(ENTRIES.get(index)), proof, root))
                        .as("leaf %d in size %d", index, size).isTrue();
            }
        }
    }

    @Test
    void everyConsistencyProofVerifies() {
        for (int second = 1; second <= MAX; second++) {
            byte[] secondRoot = ReferenceVerifier.mth(ENTRIES.subList(0, second));
            for (int first = 1; first <= second; first++) {
                var proof = tree().consistencyProof(first, second);
                assertThat(ReferenceVerifier.verifyConsistency(first, second, ReferenceVerifier.mth(ENTRIES.subList(0, first)),
                        secondRoot, proof)).as("%d to %d", first, second).isTrue();
            }
        }
    }

    @Test
    void aProofForAnotherLeafOrAnAlteredRootDoesNotVerify() {
        byte[] root = ReferenceVerifier.mth(ENTRIES.subList(0, 100));
        var proof = tree().inclusionProof(37, 100);
        assertThat(ReferenceVerifier.verifyInclusion(38, 100, ReferenceVerifier.leaf(ENTRIES.get(38)), proof, root)).isFalse();
        byte[] altered = root.clone();
        altered[0] ^= 1;
        assertThat(ReferenceVerifier.verifyInclusion(37, 100, ReferenceVerifier.leaf(ENTRIES.get(37)), proof, altered)).isFalse();
        var consistency = tree().consistencyProof(40, 100);
        assertThat(ReferenceVerifier.verifyConsistency(40, 100, ReferenceVerifier.mth(ENTRIES.subList(0, 41)), root, consistency)).isFalse();
    }

    @Test
    void aProofReadsLogarithmicallyManyStoredHashes() {
        var reads = new int[1];
        var counting = MerkleTree.over((level, index) -> {
            reads[0]++;
            return STORED.get(level + "/" + index);
        });
        counting.inclusionProof(0, 299);
        assertThat(reads[0]).isLessThanOrEqualTo(2 * 9);
        reads[0] = 0;
        MerkleTree.over((level, index) -> {
            reads[0]++;
            return STORED.get(level + "/" + index);
        }).consistencyProof(3, 299);
        assertThat(reads[0]).isLessThanOrEqualTo(3 * 9);
    }

    @Test
    void theEmptyTreeHashesToTheHashOfNothing() {
        assertThat(HexFormat.of().formatHex(MerkleTree.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
