package org.peacecouncil.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.peacecouncil.platform.Money;

/** What the membership module publishes about its records. */
public final class Views {

    private Views() {
    }

    /** A state that has consented, as it stands today. */
    public record Member(String state, String name, MemberStatus status, boolean founding, boolean permanent,
            LocalDate since, LocalDate termEnds, LocalDate endedOn, String openRemoval) {
    }

    /** One act in a state's membership history. */
    public record HistoryEntry(String act, LocalDate effectiveOn, Instant recordedAt, String actor, String detail) {
    }

    /** One act in the council's membership record, for the public feed of recent acts. */
    public record Act(String state, String name, String act, LocalDate effectiveOn, Instant recordedAt, String actor, String detail) {
    }

    public record Invitation(String id, String state, String name, InvitationStatus status, LocalDate invitedOn,
            LocalDate lapsesOn, String invitedBy, String note, LocalDate answeredOn, String answeredBy) {
    }

    /**
     * A removal proposal and its veto count. {@code vetoesNeeded} is the smallest number of vetoes that blocks
     * it given {@code memberStates} member states now.
     */
    public record Removal(String id, String state, String name, RemovalStatus status, String reason,
            LocalDate proposedOn, LocalDate vetoEndsOn, LocalDate decidedOn, String proposedBy, List<String> vetoes,
            int memberStates, long vetoesNeeded, String rule) {
    }

    /** Why a member is or is not permanent: the rule, the window and what counted. */
    public record Permanence(boolean permanent, String rule, LocalDate windowFrom, LocalDate windowUntil,
            Money counted, Money threshold, List<Considered> considered) {

        public Permanence(boolean permanent, String rule, LocalDate windowFrom, LocalDate windowUntil, Money counted, Money threshold) {
            this(permanent, rule, windowFrom, windowUntil, counted, threshold, List.of());
        }
    }

    /**
     * A contribution the assessment looked at, in the qualifying window: what it is, whether it counted and why not.
     * {@code counted} is the amount added to the total, null when nothing was.
     */
    public record Considered(String kind, Money amount, Money usdEquivalent, LocalDate on, String source, String href,
            Money counted, String note) {
    }

    /** A state's full record: where it stands and how it got there. */
    public record MemberRecord(Member member, Permanence permanence, List<HistoryEntry> history,
            List<Invitation> invitations, List<Removal> removals) {
    }

    /** The member states now, and the permanent ones among them. */
    public record Standing(java.util.SortedSet<String> members, java.util.SortedSet<String> permanent) {
    }

    public record Observer(String id, String state, String organisation, String name, LocalDate since, String note) {
    }

    /** The council at a glance. */
    public record Council(String charterId, String charterName, String chairTitle, LocalDate enteredIntoForceOn,
            int consentsForEntryIntoForce, long members, long foundingMembers, long permanentMembers,
            long pendingInvitations, long openRemovals, long observers) {
    }
}
