package org.peacecouncil.membership;

import java.time.LocalDate;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.rules.AnsweringPolicy;
import org.peacecouncil.platform.StateCode;

/**
 * An invitation to a state: issued PENDING, then ACCEPTED or DECLINED by the state's own delegation, or LAPSED the day
 * after its last day if nobody answered. It guards its own transitions: each returns the invitation as it now stands,
 * or refuses; only a pending invitation moves, and only once.
 */
record Invitation(InvitationId id, StateCode state, InvitationStatus status, LocalDate invitedOn, LocalDate lapsesOn,
        String invitedBy, String note, LocalDate answeredOn, String answeredBy) {

    /** Issued today by {@code by}; its last day is the {@code lapsesAfterDays}-th day counting today. */
    static Invitation issue(StateCode state, LocalDate today, int lapsesAfterDays, String by, String note) {
        return new Invitation(InvitationId.next(), state, InvitationStatus.PENDING, today, today.plusDays(lapsesAfterDays - 1L), by,
                note, null, null);
    }

    /** The state's own delegation consents to the charter. */
    Invitation consentedBy(Actor actor, LocalDate today) {
        AnsweringPolicy.ruling(actor, "consent to the charter", answering(), today).orRefuse();
        return answered(InvitationStatus.ACCEPTED, today, actor.username());
    }

    /** The state's own delegation declines. */
    Invitation declinedBy(Actor actor, LocalDate today) {
        AnsweringPolicy.ruling(actor, "decline this invitation", answering(), today).orRefuse();
        return answered(InvitationStatus.DECLINED, today, actor.username());
    }

    /** True when it was still pending at the end of its last day, so it has lapsed by {@code day}. */
    boolean lapsesBy(LocalDate day) {
        return status == InvitationStatus.PENDING && lapsesOn.isBefore(day);
    }

    /** As it stands on {@code day}: lapsed the day after its last day, if still pending then. */
    Invitation asOf(LocalDate day) {
        return lapsesBy(day) ? answered(InvitationStatus.LAPSED, lapsesOn.plusDays(1), "council") : this;
    }

    private Invitation answered(InvitationStatus to, LocalDate on, String by) {
        if (status != InvitationStatus.PENDING || to == InvitationStatus.PENDING) {
            throw new IllegalStateException("an invitation moves from PENDING only, once (it is " + status + ")");
        }
        return new Invitation(id, state, to, invitedOn, lapsesOn, invitedBy, note, on, by);
    }

    private AnsweringPolicy.Invitation answering() {
        return new AnsweringPolicy.Invitation(state.alpha3(), status, lapsesOn);
    }
}
