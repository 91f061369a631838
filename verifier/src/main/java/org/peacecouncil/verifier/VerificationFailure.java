package org.peacecouncil.verifier;

/** The log does not verify: what is wrong, and the first entry that does not match when one can be named. */
public class VerificationFailure extends RuntimeException {

    private final Long firstBadEntry;

    public VerificationFailure(String message) {
        this(message, null);
    }

    public VerificationFailure(String message, Long firstBadEntry) {
        super(message);
        this.firstBadEntry = firstBadEntry;
    }

    /** The index of the first entry that does not match, or null when the failure is not about one entry. */
    public Long firstBadEntry() {
        return firstBadEntry;
    }
}
