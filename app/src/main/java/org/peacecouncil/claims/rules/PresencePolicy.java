package org.peacecouncil.claims.rules;

import java.time.Instant;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict;
import org.peacecouncil.claims.Verdict.Reason;

/** "Present at meeting Y": backed by the state's attendance registered as present by then, unbacked otherwise. */
public final class PresencePolicy {

    private PresencePolicy() {
    }

    public static Verdict decide(Assertion assertion, Evidence evidence, Instant at) {
        return evidence.attendance().stream().filter(a -> a.meeting().equals(assertion.meeting()) && a.status().equals("PRESENT")
                && !a.at().isAfter(at)).findFirst()
                .map(a -> Verdict.backed(new Reason(evidence.stateName() + " registered its attendance, approved as present.", a.href(),
                        java.util.List.of())))
                .orElse(Verdict.unbacked("No attendance of " + evidence.stateName() + " at this meeting is on the record."));
    }
}
