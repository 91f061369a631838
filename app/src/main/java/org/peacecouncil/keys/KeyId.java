package org.peacecouncil.keys;

import org.peacecouncil.platform.CouncilProblem;

/** A key's id: the first 16 hex digits of the SHA-256 of its 32 raw public-key bytes. */
public record KeyId(String value) {

    public KeyId {
        if (value == null || !value.matches("[0-9a-f]{16}")) {
            throw new CouncilProblem.InvalidRequest("bad-key-id", "A key id is 16 lower-case hex digits.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
