package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict.Reason;

/** What a state itself said of its position, by the time asked: the clarifications that deny or affirm. */
final class StatesOwnWord {

    private StatesOwnWord() {
    }

    /** The state's denials, by {@code at}, of an assertion of one of {@code types} on the same thing. */
    static List<Evidence.Position> denials(Evidence evidence, Instant at, Set<AssertionType> types) {
        return said(evidence, at, types, false);
    }

    static List<Evidence.Position> affirmations(Evidence evidence, Instant at, Set<AssertionType> types) {
        return said(evidence, at, types, true);
    }

    static Instant latest(List<Evidence.Position> positions) {
        return positions.stream().map(Evidence.Position::since).max(Instant::compareTo).orElse(null);
    }

    static List<Reason> reasons(Evidence evidence, List<Evidence.Position> positions) {
        var reasons = new ArrayList<Reason>();
        for (var p : positions) {
            reasons.add(new Reason(evidence.stateName() + (p.affirms() ? " said so itself: " : " denied it itself: ") + "“" + p.words()
                    + "”", "/api/v1/clarifications/" + p.clarification(), p.logEntries()));
        }
        return reasons;
    }

    private static List<Evidence.Position> said(Evidence evidence, Instant at, Set<AssertionType> types, boolean affirms) {
        return evidence.positions().stream().filter(p -> p.affirms() == affirms && types.contains(p.assertion().type())
                && !p.since().isAfter(at)).toList();
    }
}
