package org.peacecouncil.membership.rules;

import java.time.LocalDate;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.membership.InvitationStatus;
import org.peacecouncil.platform.Ruling;

/**
 * Only the invited state's own delegation consents to the charter or declines, and only while the invitation is
 * pending: an invitation still pending after its last day has lapsed.
 */
public final class AnsweringPolicy {

    /** What the record says of the invitation. */
    public record Invitation(String state, InvitationStatus status, LocalDate lapsesOn) {
    }

    private AnsweringPolicy() {
    }

    /** {@code act}: what the delegation does, for the refusal ("consent to the charter", "decline this invitation"). */
    public static Ruling ruling(Actor actor, String act, Invitation invitation, LocalDate today) {
        var own = OwnDelegation.ruling(actor, invitation.state(), act);
        if (!own.isAllowed()) {
            return own;
        }
        InvitationStatus status = invitation.status() == InvitationStatus.PENDING && invitation.lapsesOn().isBefore(today)
                ? InvitationStatus.LAPSED : invitation.status();
        if (status != InvitationStatus.PENDING) {
            return Ruling.ruleViolation("invitation-not-pending", "This invitation is " + status.name().toLowerCase()
                    + " and can no longer be answered.");
        }
        return Ruling.allowed();
    }
}
