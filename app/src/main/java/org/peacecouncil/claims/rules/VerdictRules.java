package org.peacecouncil.claims.rules;

import java.time.Instant;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict;

/** Which rule decides which assertion: one per type. */
public final class VerdictRules {

    private VerdictRules() {
    }

    public static Verdict decide(Assertion assertion, Evidence evidence, Instant at) {
        return switch (assertion.type()) {
            case MEMBER -> MemberPolicy.decide(evidence, at);
            case FOUNDING_MEMBER -> FoundingMemberPolicy.decide(evidence, at);
            case FUND_CONTRIBUTOR -> FundContributorPolicy.decide(assertion, evidence, at);
            case MISSION_CONTRIBUTOR -> MissionContributorPolicy.decide(assertion, evidence, at);
            case MISSION_CONSENT -> MissionConsentPolicy.decide(assertion, evidence, at);
            case VOTED -> VotePolicy.decide(assertion, evidence, at);
            case PRESENT -> PresencePolicy.decide(assertion, evidence, at);
        };
    }
}
