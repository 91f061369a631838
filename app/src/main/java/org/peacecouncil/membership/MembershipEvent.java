package org.peacecouncil.membership;

import java.time.Instant;
import java.time.LocalDate;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.Signable;
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

    @ActType(value = "StateInvited", version = 1)
    record StateInvited(String state, String invitationId, LocalDate lapsesOn, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    @ActType(value = "InvitationDeclined", version = 1)
    @Signable(object = "invitationId", fields = {"invitationId"})
    record InvitationDeclined(String state, String invitationId, LocalDate effectiveOn, Instant recordedAt, String actor,
            ActSignature signature) implements MembershipEvent {
        public InvitationDeclined(String state, String invitationId, LocalDate effectiveOn, Instant recordedAt, String actor) {
            this(state, invitationId, effectiveOn, recordedAt, actor, null);
        }
    }

    @ActType(value = "InvitationLapsed", version = 1)
    record InvitationLapsed(String state, String invitationId, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    @ActType(value = "ConsentGiven", version = 1)
    @Signable(object = "invitationId", fields = {"invitationId"})
    record ConsentGiven(String state, String invitationId, LocalDate effectiveOn, Instant recordedAt, String actor,
            ActSignature signature) implements MembershipEvent {
        public ConsentGiven(String state, String invitationId, LocalDate effectiveOn, Instant recordedAt, String actor) {
            this(state, invitationId, effectiveOn, recordedAt, actor, null);
        }
    }

    @ActType(value = "CharterEnteredIntoForce", version = 1)
    record CharterEnteredIntoForce(String state, String charterId, int consents, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    @ActType(value = "TermRenewed", version = 1)
    record TermRenewed(String state, LocalDate termEnds, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    @ActType(value = "StateWithdrew", version = 1)
    @Signable(object = "state", fields = {"notice"})
    record StateWithdrew(String state, String notice, LocalDate effectiveOn, Instant recordedAt, String actor, ActSignature signature)
            implements MembershipEvent {
        public StateWithdrew(String state, String notice, LocalDate effectiveOn, Instant recordedAt, String actor) {
            this(state, notice, effectiveOn, recordedAt, actor, null);
        }
    }

    @ActType(value = "MembershipExpired", version = 1)
    record MembershipExpired(String state, LocalDate effectiveOn, Instant recordedAt, String actor)
            implements MembershipEvent {
    }

    @ActType(value = "RemovalProposed", version = 1)
    record RemovalProposed(String state, String removalId, String reason, LocalDate vetoEndsOn, LocalDate effectiveOn,
            Instant recordedAt, String actor) implements MembershipEvent {
    }

    @ActType(value = "RemovalVetoCast", version = 1)
    @Signable(object = "removalId", fields = {"removalId", "state", "vetoingState"}, signer = "vetoingState")
    record RemovalVetoCast(String state, String removalId, String vetoingState, LocalDate effectiveOn, Instant recordedAt,
            String actor, ActSignature signature) implements MembershipEvent {
        public RemovalVetoCast(String state, String removalId, String vetoingState, LocalDate effectiveOn, Instant recordedAt, String actor) {
            this(state, removalId, vetoingState, effectiveOn, recordedAt, actor, null);
        }
    }

    @ActType(value = "RemovalVetoed", version = 1)
    record RemovalVetoed(String state, String removalId, int vetoes, int memberStates, LocalDate effectiveOn,
            Instant recordedAt, String actor) implements MembershipEvent {
    }

    @ActType(value = "StateRemoved", version = 1)
    record StateRemoved(String state, String removalId, int vetoes, int memberStates, LocalDate effectiveOn,
            Instant recordedAt, String actor) implements MembershipEvent {
    }

    /** The chair's holder or a member of the Executive Board recorded; {@code state} is the officer's state, if any. */
    @ActType(value = "OfficerRecorded", version = 1)
    record OfficerRecorded(String state, String officerId, String office, String person, String title, LocalDate termEnds,
            LocalDate effectiveOn, Instant recordedAt, String actor) implements MembershipEvent {
    }

    @ActType(value = "ObserverRecorded", version = 1)
    record ObserverRecorded(String state, String organisation, String observerId, LocalDate effectiveOn, Instant recordedAt,
            String actor) implements MembershipEvent {
    }
}
