package org.peacecouncil.ledger;

import java.time.Instant;
import java.util.Base64;

/**
 * A signed tree head: the C2SP tlog-checkpoint body (origin, tree size in decimal, base64 root hash, each line
 * ending in a newline) and the signed note that carries it.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, String signedNote, Instant createdAt) {

    public static String body(String origin, long size, byte[] rootHash) {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }
}
