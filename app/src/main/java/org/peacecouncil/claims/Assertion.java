package org.peacecouncil.claims;

import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.Money;
import org.peacecouncil.platform.Texts;

/**
 * One checkable assertion about a state: its type and what it names — the fund, mission, motion or meeting, and
 * optionally an amount and level (a fund), a number of personnel (a mission) or the vote (a motion). A record that
 * exists is a valid assertion: each type has what it needs and nothing it cannot use.
 */
public record Assertion(AssertionType type, String fund, Money amount, ContributionLevel level, String mission, Integer personnel,
        String motion, String vote, String meeting) {

    public Assertion {
        if (type == null) {
            throw new InvalidRequest("missing-field", "assertion.type: one of " + java.util.List.of(AssertionType.values()) + ".");
        }
        fund = Texts.optional(fund, "assertion.fund", 100);
        mission = Texts.optional(mission, "assertion.mission", 100);
        motion = Texts.optional(motion, "assertion.motion", 100);
        meeting = Texts.optional(meeting, "assertion.meeting", 100);
        vote = Texts.optional(vote, "assertion.vote", 20);
        if (amount != null && (amount.minorUnits() < 1 || amount.currency() == null)) {
            throw new InvalidRequest("bad-amount", "assertion.amount: a positive amount in minor units with its currency.");
        }
        if (personnel != null && (personnel < 1 || personnel > 1_000_000)) {
            throw new InvalidRequest("bad-strength", "assertion.personnel: a whole number of people from 1 to 1,000,000.");
        }
        require(type == AssertionType.FUND_CONTRIBUTOR, fund, "fund", type);
        require(type == AssertionType.MISSION_CONTRIBUTOR || type == AssertionType.MISSION_CONSENT, mission, "mission", type);
        require(type == AssertionType.VOTED, motion, "motion", type);
        require(type == AssertionType.VOTED, vote, "vote", type);
        require(type == AssertionType.PRESENT, meeting, "meeting", type);
        if (type != AssertionType.FUND_CONTRIBUTOR && (amount != null || level != null)) {
            throw new InvalidRequest("invalid-field", "assertion: an amount or level belongs to a fund contribution.");
        }
        if (type != AssertionType.MISSION_CONTRIBUTOR && personnel != null) {
            throw new InvalidRequest("invalid-field", "assertion: a number of personnel belongs to a mission contribution.");
        }
        if (vote != null && !java.util.List.of("YES", "NO", "ABSTAIN").contains(vote)) {
            throw new InvalidRequest("invalid-field", "assertion.vote: YES, NO or ABSTAIN.");
        }
    }

    /**
     * What the assertion is about — the council, a fund, a mission, a motion, a meeting — so that a state's
     * clarification is read beside every assertion on the same thing.
     */
    public String topic() {
        return fund != null ? "fund:" + fund : mission != null ? "mission:" + mission : motion != null ? "motion:" + motion
                : meeting != null ? "meeting:" + meeting : "council";
    }

    public static Assertion of(AssertionType type) {
        return new Assertion(type, null, null, null, null, null, null, null, null);
    }

    private static void require(boolean needed, String value, String field, AssertionType type) {
        if (needed && value == null) {
            throw new InvalidRequest("missing-field", "assertion." + field + ": " + type + " names its " + field + ".");
        }
        if (!needed && value != null) {
            throw new InvalidRequest("invalid-field", "assertion." + field + ": " + type + " names no " + field + ".");
        }
    }
}
