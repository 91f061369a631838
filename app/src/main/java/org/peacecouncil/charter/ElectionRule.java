package org.peacecouncil.charter;

import java.util.Optional;

import org.peacecouncil.charter.DecisionRule.Abstentions;
import org.peacecouncil.charter.DecisionRule.Basis;

/**
 * How a candidate is elected to an office or seat: a round elects the candidate whose votes reach the threshold
 * on the basis; otherwise another round is held.
 *
 * @param basis       what the threshold is measured against
 * @param majority    true: strictly more than half of the basis; false: {@code fraction} of the basis or more
 * @param fraction    the share needed when not a simple majority, e.g. 2/3
 * @param abstentions whether an abstention counts as a vote cast
 */
public record ElectionRule(Basis basis, boolean majority, Optional<Fraction> fraction, Abstentions abstentions) {

    /** True when {@code votes} for one candidate reach the threshold out of {@code basis}. */
    public boolean reachedBy(long votes, long basisCount) {
        if (basisCount <= 0) {
            return false;
        }
        return majority ? votes * 2 > basisCount : fraction.orElseThrow().reachedBy(votes, basisCount);
    }

    /** The fewest votes that elect, out of {@code basisCount}. */
    public long votesNeeded(long basisCount) {
        return majority ? basisCount / 2 + 1 : fraction.orElseThrow().smallestShareOf(basisCount);
    }

    /** The rule in words ({@link RulesInWords#election}). */
    public String describe() {
        return RulesInWords.forChairTitled("Chair").election(this);
    }
}
