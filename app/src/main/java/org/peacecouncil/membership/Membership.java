package org.peacecouncil.membership;

import java.time.LocalDate;
import java.util.Set;

import org.peacecouncil.platform.StateCode;

/**
 * A state's membership: MEMBER from its consent, then ended once — EXPIRED the day after its term's last day (a
 * permanent member's never expires), WITHDRAWN on written notice, REMOVED when a removal's veto window closes
 * unblocked. While a member, its term can be renewed. It guards its own transitions: an ended membership moves no more.
 */
record Membership(StateCode state, MemberStatus status, LocalDate consentedOn, LocalDate since, LocalDate termEnds,
        LocalDate endedOn) {

    private static final Set<MemberStatus> ENDINGS = Set.of(MemberStatus.EXPIRED, MemberStatus.WITHDRAWN, MemberStatus.REMOVED);

    boolean isCurrent() {
        return status == MemberStatus.MEMBER;
    }

    /** True when a current member's term ended before {@code day} (a permanent member has no term). */
    boolean expiresBy(boolean permanent, LocalDate day) {
        return isCurrent() && !permanent && termEnds != null && termEnds.isBefore(day);
    }

    /** Expired the day after the term's last day. */
    Membership expired() {
        return ended(MemberStatus.EXPIRED, termEnds.plusDays(1));
    }

    /** Ended {@code on} that day, as {@code how} says (expired, withdrawn or removed). */
    Membership ended(MemberStatus how, LocalDate on) {
        if (!isCurrent() || !ENDINGS.contains(how)) {
            throw new IllegalStateException("only a current membership ends, once, as expired, withdrawn or removed (it is "
                    + status + ", asked " + how + ")");
        }
        return new Membership(state, how, consentedOn, since, termEnds, on);
    }

    /** The same membership with its term's last day moved to {@code until}. */
    Membership renewedUntil(LocalDate until) {
        if (!isCurrent() || termEnds == null || !until.isAfter(termEnds)) {
            throw new IllegalStateException("a renewal extends a current member's term (it is " + status + ", ending " + termEnds + ")");
        }
        return new Membership(state, status, consentedOn, since, until, endedOn);
    }

    /** The same membership once the charter has entered into force, with its first term's last day. */
    Membership withFirstTermEnding(LocalDate until) {
        return new Membership(state, status, consentedOn, since, until, endedOn);
    }
}
