package org.peacecouncil.membership;

import java.time.LocalDate;

import org.peacecouncil.charter.Fraction;
import org.peacecouncil.membership.MembershipStore.InvitationRow;
import org.peacecouncil.membership.MembershipStore.MemberRow;
import org.peacecouncil.membership.MembershipStore.RemovalRow;

/**
 * What the calendar records when a day has passed, as pure rules: an invitation lapses the day after its last day,
 * a term expires the day after it ends (a permanent member's never does), and a removal whose veto window has
 * closed is decided by the vetoes cast. The calendar writes these changes on its schedule; readers apply the same
 * rules to the stored record, so that what they see between two ticks is what the record will say, and no read
 * writes anything.
 */
final class AsOf {

    private AsOf() {
    }

    /** True when the invitation was still pending at the end of its last day, so it has lapsed by {@code day}. */
    static boolean lapses(InvitationRow invitation, LocalDate day) {
        return invitation.status() == InvitationStatus.PENDING && invitation.lapsesOn().isBefore(day);
    }

    static InvitationRow invitation(InvitationRow invitation, LocalDate day) {
        return lapses(invitation, day)
                ? new InvitationRow(invitation.id(), invitation.state(), InvitationStatus.LAPSED, invitation.invitedOn(),
                        invitation.lapsesOn(), invitation.invitedBy(), invitation.note(), invitation.lapsesOn().plusDays(1), "council")
                : invitation;
    }

    /** True when a current member's term ended before {@code day} (a permanent member has no term). */
    static boolean expires(MemberRow member, boolean permanent, LocalDate day) {
        return member.status() == MemberStatus.MEMBER && !permanent && member.termEnds() != null && member.termEnds().isBefore(day);
    }

    static MemberRow expired(MemberRow member) {
        return ended(member, MemberStatus.EXPIRED, member.termEnds().plusDays(1));
    }

    static MemberRow ended(MemberRow member, MemberStatus status, LocalDate on) {
        return new MemberRow(member.state(), status, member.consentedOn(), member.since(), member.termEnds(), on);
    }

    /** True when an open removal's veto window closed before {@code day}. */
    static boolean windowClosed(RemovalRow removal, LocalDate day) {
        return removal.status() == RemovalStatus.OPEN && removal.vetoEndsOn().isBefore(day);
    }

    /** How a removal whose window has closed is decided: vetoed by the charter's fraction of member states, or not. */
    static RemovalStatus outcome(int vetoes, int memberStates, Fraction vetoFraction) {
        return vetoFraction.reachedBy(vetoes, memberStates) ? RemovalStatus.VETOED : RemovalStatus.REMOVED;
    }

    static RemovalRow decided(RemovalRow removal, RemovalStatus status, int memberStates) {
        return new RemovalRow(removal.id(), removal.state(), status, removal.reason(), removal.proposedOn(), removal.vetoEndsOn(),
                removal.proposedBy(), removal.vetoEndsOn().plusDays(1), memberStates);
    }
}
