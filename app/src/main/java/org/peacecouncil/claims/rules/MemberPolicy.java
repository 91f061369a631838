package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict;
import org.peacecouncil.claims.Verdict.Reason;

/**
 * "A member of the council": backed while the state's membership — begun by its own consent — runs; contradicted
 * once it has ended, or by the state's own denial; unbacked when it never was a member on this record.
 */
public final class MemberPolicy {

    private MemberPolicy() {
    }

    public static Verdict decide(Evidence evidence, Instant at) {
        var denials = StatesOwnWord.denials(evidence, at, Set.of(AssertionType.MEMBER));
        if (!denials.isEmpty()) {
            return Verdict.contradicted(StatesOwnWord.reasons(evidence, denials));
        }
        var m = evidence.membership();
        if (m == null || m.since().isAfter(at)) {
            return Verdict.unbacked(evidence.stateName() + " is not a member on this record" + (m == null ? "." : " by then."));
        }
        if (m.until() != null && !m.until().isAfter(at)) {
            return Verdict.contradicted(List.of(new Reason(evidence.stateName() + "'s membership ended on "
                    + m.until().toString().substring(0, 10) + ".", m.href(), List.of())));
        }
        return Verdict.backed(new Reason(evidence.stateName() + " is a member since " + m.since().toString().substring(0, 10)
                + ", by its own consent.", m.href(), List.of()));
    }
}
