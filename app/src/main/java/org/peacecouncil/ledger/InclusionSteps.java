package org.peacecouncil.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks an inclusion proof from the leaf to the root as RFC 9162 §2.1.3.2 verifies it, keeping every step, so a
 * reader can follow the arithmetic that ties one entry to a signed checkpoint.
 */
public final class InclusionSteps {

    /** One step: the proof hash, on which side it was combined, and the hash it gave. */
    public record Step(byte[] sibling, boolean siblingOnLeft, byte[] result) {
    }

    /** The steps and whether they end at the expected root. */
    public record Walk(List<Step> steps, byte[] computedRoot, boolean matches) {
    }

    private InclusionSteps() {
    }

    public static Walk walk(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        var steps = new ArrayList<Step>();
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        boolean wellFormed = index < size;
        for (byte[] p : proof) {
            if (sn == 0) {
                wellFormed = false;
                break;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                steps.add(new Step(p, true, r));
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
                steps.add(new Step(p, false, r));
            }
            fn >>= 1;
            sn >>= 1;
        }
        return new Walk(steps, r, wellFormed && sn == 0 && Arrays.equals(r, root));
    }
}
