package org.peacecouncil.decisions;

/**
 * Where a motion stands. {@code TIE_BREAK} and {@code PENDING_APPROVAL} wait for an office the charter names;
 * {@code ADOPTED}, {@code REJECTED} and {@code NOT_APPROVED} are final.
 */
public enum MotionStatus {
    PROPOSED, VOTING, TIE_BREAK, PENDING_APPROVAL, ADOPTED, REJECTED, NOT_APPROVED;

    public boolean isFinal() {
        return this == ADOPTED || this == REJECTED || this == NOT_APPROVED;
    }
}
