package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict.Reason;

/** Where a state stood with a mission at a time, as its own acts made it: offers, questions, decline or withdrawal. */
final class MissionStanding {

    /** Personnel the state's standing offers hold, the offers, its open questions, and its decline or withdrawal if any. */
    record Standing(int personnel, List<Evidence.OfferRecord> offers, List<Evidence.QuestionRecord> openQuestions, Evidence.Ended ended,
            List<Evidence.Position> denials, List<Evidence.Position> affirmations) {
    }

    private MissionStanding() {
    }

    static Standing at(Assertion assertion, Evidence evidence, Instant at) {
        var offers = evidence.offers().stream().filter(o -> o.mission().equals(assertion.mission()) && o.standsAt(at)).toList();
        var open = evidence.questions().stream().filter(q -> q.mission().equals(assertion.mission()) && q.openAt(at)).toList();
        var ended = evidence.ended() != null && evidence.ended().mission().equals(assertion.mission()) && !evidence.ended().since().isAfter(at)
                ? evidence.ended() : null;
        var types = Set.of(AssertionType.MISSION_CONSENT, AssertionType.MISSION_CONTRIBUTOR);
        return new Standing(offers.stream().mapToInt(Evidence.OfferRecord::personnel).sum(), offers, open, ended,
                StatesOwnWord.denials(evidence, at, types), StatesOwnWord.affirmations(evidence, at, types));
    }

    /** Why the state is not taking part, if its own word or acts say so: its denial, its decline or withdrawal, its open questions. */
    static List<Reason> against(Evidence evidence, Standing s) {
        var reasons = new ArrayList<Reason>(StatesOwnWord.reasons(evidence, s.denials()));
        if (s.ended() != null) {
            reasons.add(new Reason(evidence.stateName() + (s.ended().status().equals("DECLINED") ? " declined to take part" : " withdrew")
                    + " on " + s.ended().since().toString().substring(0, 10) + ".", null, List.of()));
        }
        if (!s.openQuestions().isEmpty() && s.offers().isEmpty()) {
            var entries = new ArrayList<Long>();
            s.openQuestions().forEach(q -> entries.addAll(q.logEntries()));
            reasons.add(new Reason(evidence.stateName() + " has " + s.openQuestions().size() + " question(s) open about the mission since "
                    + s.openQuestions().get(0).filedAt().toString().substring(0, 10) + ", and has made no offer.", null,
                    entries.stream().distinct().toList()));
        }
        return reasons;
    }

    static List<Reason> offers(Evidence evidence, Standing s) {
        return s.offers().stream().map(o -> new Reason(evidence.stateName() + " offered " + o.what() + " (its own offer, since "
                + o.offeredAt().toString().substring(0, 10) + (o.acceptedAt() != null ? "; accepted" : "") + ").",
                "/api/v1/mission-offers/" + o.id(), o.logEntries())).toList();
    }
}
