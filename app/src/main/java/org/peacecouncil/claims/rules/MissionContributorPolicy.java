package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict;
import org.peacecouncil.claims.Verdict.Reason;

/**
 * "A troop or police contributor to mission M" (of N): backed only by the state's own offers standing at the time,
 * holding N or more; contradicted by its denial, decline or withdrawal, or questions open with no offer; unbacked
 * otherwise — a state's words without an offer contribute no one.
 */
public final class MissionContributorPolicy {

    private MissionContributorPolicy() {
    }

    public static Verdict decide(Assertion assertion, Evidence evidence, Instant at) {
        var s = MissionStanding.at(assertion, evidence, at);
        if (s.offers().isEmpty() || !s.denials().isEmpty()) {
            var against = MissionStanding.against(evidence, s);
            return against.isEmpty() ? Verdict.unbacked("No offer of " + evidence.stateName() + " to this mission is on the record.")
                    : Verdict.contradicted(against);
        }
        if (assertion.personnel() != null && s.personnel() < assertion.personnel()) {
            var reasons = new ArrayList<Reason>();
            reasons.add(new Reason(String.format(java.util.Locale.ROOT, "Its offers hold %,d personnel, fewer than the %,d said.",
                    s.personnel(), assertion.personnel()), null, List.of()));
            reasons.addAll(MissionStanding.offers(evidence, s));
            return Verdict.unbacked(reasons);
        }
        return Verdict.backed(MissionStanding.offers(evidence, s));
    }
}
