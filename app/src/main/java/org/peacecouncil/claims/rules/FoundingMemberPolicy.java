package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict;
import org.peacecouncil.claims.Verdict.Reason;

/**
 * "A founding member": backed when the state's membership is a founding one; contradicted when it joined later (or
 * denies it); unbacked when it has no membership on this record.
 */
public final class FoundingMemberPolicy {

    private FoundingMemberPolicy() {
    }

    public static Verdict decide(Evidence evidence, Instant at) {
        var denials = StatesOwnWord.denials(evidence, at, Set.of(AssertionType.FOUNDING_MEMBER));
        if (!denials.isEmpty()) {
            return Verdict.contradicted(StatesOwnWord.reasons(evidence, denials));
        }
        var m = evidence.membership();
        if (m == null || m.since().isAfter(at)) {
            return Verdict.unbacked(evidence.stateName() + " is not a member on this record" + (m == null ? "." : " by then."));
        }
        var since = m.since().toString().substring(0, 10);
        return m.founding() ? Verdict.backed(new Reason(evidence.stateName() + " is a founding member, since " + since + ".", m.href(),
                List.of())) : Verdict.contradicted(List.of(new Reason(evidence.stateName() + " joined on " + since
                + ", after the charter entered into force: a member, not a founding one.", m.href(), List.of())));
    }
}
