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

    /** The verdict's status alone, for reading its history at every time the evidence changed. */
    public static Verdict.VerdictStatus status(Assertion assertion, Evidence evidence, Instant at) {
        return assertion.type() == org.peacecouncil.claims.AssertionType.FUND_CONTRIBUTOR
                ? FundContributorPolicy.status(assertion, evidence, at) : decide(assertion, evidence, at).status();
    }
}
