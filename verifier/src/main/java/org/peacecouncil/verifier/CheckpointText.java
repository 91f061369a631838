package org.peacecouncil.verifier;

import java.util.Base64;

/** The body of a C2SP tlog-checkpoint: origin, tree size and root hash, then optional extension lines. */
public record CheckpointText(String origin, long size, byte[] root) {

    public static CheckpointText parse(String text, String what) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new VerificationFailure(what + " is not a checkpoint (origin, size, root hash)");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(what + ": the root hash is not base64");
        }
        if (root.length != 32) {
            throw new VerificationFailure(what + ": the root hash is not 32 bytes");
        }
        return new CheckpointText(lines[0], Long.parseLong(lines[1]), root);
    }
}
