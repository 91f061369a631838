package org.peacecouncil.charter;

import java.util.Optional;

/**
 * How a motion of one kind is decided.
 *
 * @param decidedBy   when not {@code NONE}, an office decides alone and there is no vote (e.g. the Chairman
 *                    creates subsidiary entities); the other fields are then unused
 * @param basis       what the threshold is measured against
 * @param threshold   what it takes to adopt
 * @param abstentions whether an abstention counts as a vote cast
 * @param approvalBy  an office whose approval an adopted motion still needs ({@code NONE}: none)
 * @param tieBreak    an office that may break a tie ({@code NONE}: a tie fails)
 * @param vetoHolders whose NO defeats the motion whatever the count
 * @param quorum      the attendance needed for a valid vote, empty when none
 */
public record DecisionRule(Office decidedBy, Basis basis, Threshold threshold, Abstentions abstentions,
        Office approvalBy, Office tieBreak, VetoHolders vetoHolders, Optional<Quorum> quorum) {

    public enum Basis {
        /** members present and casting YES or NO */
        PRESENT_AND_VOTING,
        /** members present */
        PRESENT,
        /** all members, present or not */
        ALL_MEMBERS
    }

    public enum Abstentions {
        /** an abstention is not a vote cast */
        NOT_COUNTED,
        /** an abstention counts among the votes cast (so it works like NO) */
        COUNTED
    }

    public enum VetoHolders {
        NONE, PERMANENT_MEMBERS
    }

    /** {@code MAJORITY}: more YES than NO on the basis; {@code FRACTION}: YES reach a fraction of the basis;
     * {@code COUNT}: at least n YES; {@code CONSENSUS}: no member votes NO. */
    public record Threshold(Kind kind, Optional<Fraction> fraction, int count) {
        public enum Kind {
            MAJORITY, FRACTION, COUNT, CONSENSUS
        }
    }

    /** At least {@code count} members, or {@code fraction} of members, present. */
    public record Quorum(int count, Optional<Fraction> fraction) {
    }
}
