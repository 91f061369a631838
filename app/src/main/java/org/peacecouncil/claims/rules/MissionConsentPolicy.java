package org.peacecouncil.claims.rules;

import java.time.Instant;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict;

/**
 * "Consented to take part in mission M": backed by the state's own standing offer, or its own word that it takes
 * part; contradicted by its denial, its decline or withdrawal, or questions it has open with no offer made (a state
 * still asking has not consented); unbacked otherwise.
 */
public final class MissionConsentPolicy {

    private MissionConsentPolicy() {
    }

    public static Verdict decide(Assertion assertion, Evidence evidence, Instant at) {
        var s = MissionStanding.at(assertion, evidence, at);
        if (!s.offers().isEmpty() && s.denials().isEmpty()) {
            return Verdict.backed(MissionStanding.offers(evidence, s));
        }
        var against = MissionStanding.against(evidence, s);
        if (!against.isEmpty()) {
            return Verdict.contradicted(against);
        }
        if (!s.affirmations().isEmpty()) {
            return Verdict.backed(StatesOwnWord.reasons(evidence, s.affirmations()));
        }
        return Verdict.unbacked("Nothing of " + evidence.stateName() + " about this mission is on the record: no question, offer or word of its own.");
    }
}
