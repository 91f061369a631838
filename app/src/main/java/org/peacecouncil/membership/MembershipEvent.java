package org.peacecouncil.membership;

import java.time.Instant;
import java.time.LocalDate;

import org.peacecouncil.platform.RecordedAct;

/**
 * A membership act, published in the same transaction that records it, so that the transparency log appends it
 * in that transaction and holds exactly what was committed.
 */
public sealed interface MembershipEvent extends RecordedAct {

    String state();

    @Override
    default String module() {
        return "membership";
    }

    @Override
    default String subjectState() {
        return state();
    }

    LocalDate effectiveOn();

    Instant recordedAt();

    String actor();

    record StateInvited(String state, String invitationId, LocalDate lapsesOn, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    record InvitationDeclined(String state, String invitationId, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    record InvitationLapsed(String state, String invitationId, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    record ConsentGiven(String state, String invitationId, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    record CharterEnteredIntoForce(String state, String charterId, int consents, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    record TermRenewed(String state, LocalDate termEnds, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    record StateWithdrew(String state, String notice, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    record MembershipExpired(String state, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    record RemovalProposed(String state, String removalId, String reason, LocalDate vetoEndsOn, LocalDate effectiveOn,
            Instant recordedAt, String actor) implements MembershipEvent {
    }

    record RemovalVetoCast(String state, String removalId, String vetoingState, LocalDate effectiveOn, Instant recordedAt,
            String actor) implements MembershipEvent {
    }

    record RemovalVetoed(String state, String removalId, int vetoes, int memberStates, LocalDate effectiveOn,
            Instant recordedAt, String actor) implements MembershipEvent {
    }

    record StateRemoved(String state, String removalId, int vetoes, int memberStates, LocalDate effectiveOn,
            Instant recordedAt, String actor) implements MembershipEvent {
    }

    /** The chair's holder or a member of the Executive Board recorded; {@code state} is the officer's state, if any. */
    record OfficerRecorded(String state, String officerId, String office, String person, String title, LocalDate termEnds,
            LocalDate effectiveOn, Instant recordedAt, String actor) implements MembershipEvent {
    }

    record ObserverRecorded(String state, String organisation, String observerId, LocalDate effectiveOn, Instant recordedAt,
            String actor) implements MembershipEvent {
    }
}
