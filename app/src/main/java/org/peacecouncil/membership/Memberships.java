package org.peacecouncil.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MembershipRules;
import org.peacecouncil.charter.Office;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.MembershipEvent.CharterEnteredIntoForce;
import org.peacecouncil.membership.MembershipEvent.ConsentGiven;
import org.peacecouncil.membership.MembershipEvent.InvitationDeclined;
import org.peacecouncil.membership.MembershipEvent.InvitationLapsed;
import org.peacecouncil.membership.MembershipEvent.MembershipExpired;
import org.peacecouncil.membership.MembershipEvent.ObserverRecorded;
import org.peacecouncil.membership.MembershipEvent.RemovalProposed;
import org.peacecouncil.membership.MembershipEvent.RemovalVetoCast;
import org.peacecouncil.membership.MembershipEvent.RemovalVetoed;
import org.peacecouncil.membership.MembershipEvent.StateInvited;
import org.peacecouncil.membership.MembershipEvent.StateRemoved;
import org.peacecouncil.membership.MembershipEvent.StateWithdrew;
import org.peacecouncil.membership.MembershipEvent.TermRenewed;
import org.peacecouncil.membership.MembershipStore.InvitationRow;
import org.peacecouncil.membership.MembershipStore.MemberRow;
import org.peacecouncil.membership.MembershipStore.RemovalRow;
import org.peacecouncil.membership.rules.AnsweringPolicy;
import org.peacecouncil.membership.rules.InvitingPolicy;
import org.peacecouncil.membership.rules.ObserverPolicy;
import org.peacecouncil.membership.rules.RemovalPolicy;
import org.peacecouncil.membership.rules.RenewalPolicy;
import org.peacecouncil.membership.rules.VetoPolicy;
import org.peacecouncil.membership.rules.WithdrawalPolicy;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.CouncilProblem.RuleViolation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Membership acts under the charter. Every command names who acts and when; it checks that this actor may do
 * it (only a state's own delegate commits that state), that the charter and the record allow it now, records
 * it in the member's history and publishes the event, all in one transaction. The rules themselves are the policies
 * in {@code membership.rules}; reading is {@link MemberRecords}.
 * (Its length: eight commands and the calendar's record of what fell due, each a load–ask–write of a few lines in the
 * one write discipline, {@code inTurn}; still to be split into aggregates — see the README's "Not built yet".)
 */
@Service
public class Memberships {

    private final MembershipStore store;
    private final Charter charter;
    private final MembershipRules rules;
    private final PermanentMembership permanence;
    private final ApplicationEventPublisher events;

    private final TransactionTemplate tx;
    private final MemberRecords records;

    Memberships(MembershipStore store, Charter charter, PermanentMembership permanence, ApplicationEventPublisher events,
            TransactionTemplate tx, MemberRecords records) {
        this.records = records;
        this.store = store;
        this.tx = tx;
        this.charter = charter;
        this.rules = charter.membership();
        this.permanence = permanence;
        this.events = events;
    }

    // ------------------------------------------------------------------ invitations and consent

    public Views.Invitation invite(Actor actor, String alpha3, String note, Instant at) {
        return invite(actor, new MembershipCommands.Invite(alpha3, note), at);
    }

    public Views.Invitation invite(Actor actor, MembershipCommands.Invite act, Instant at) {
        settle(at);
        return inTurn(() -> inviteNow(actor, act, at));
    }

    private Views.Invitation inviteNow(Actor actor, MembershipCommands.Invite act, Instant at) {
        String state = act.state();
        LocalDate today = Timestamps.dateOf(at);
        InvitingPolicy.ruling(actor, state, new InvitingPolicy.Standing(isCurrentMember(state), store.pendingInvitation(state).isPresent()),
                charter).orRefuse();
        var row = new InvitationRow(UUID.randomUUID().toString(), state, InvitationStatus.PENDING, today,
                today.plusDays(rules.invitationLapsesAfterDays() - 1L), actor.username(), act.note(), null, null);
        store.insertInvitation(row, at);
        record(new StateInvited(state, row.id(), row.lapsesOn(), today, at, actor.describe()), "INVITED",
                "Invited by the " + officeName(rules.invitedBy()) + "; the invitation lapses after " + row.lapsesOn() + "."
                        + (row.note() == null ? "" : " " + row.note()));
        return records.invitationView(row);
    }

    /** The state's own delegate consents to be bound by the charter; membership begins that day. */
    public Views.Member consent(Actor actor, String invitationId, Instant at) {
        settle(at);
        return inTurn(() -> consentNow(actor, invitationId, at));
    }

    private Views.Member consentNow(Actor actor, String invitationId, Instant at) {
        var invitation = store.invitation(invitationId).orElseThrow(() -> new NotFound("No invitation " + invitationId + "."));
        LocalDate today = Timestamps.dateOf(at);
        AnsweringPolicy.ruling(actor, "consent to the charter", answering(invitation), today).orRefuse();
        if (!store.answer(invitationId, InvitationStatus.ACCEPTED, today, actor.username())) {
            throw new RuleViolation("invitation-not-pending", "This invitation is " + invitation.status()
                    .name().toLowerCase() + " and can no longer be answered.");
        }
        Optional<LocalDate> inForce = store.enteredIntoForce();
        store.admit(invitation.state(), today, inForce.map(eif -> firstTermEnd(eif, today)).orElse(null), invitationId);
        record(new ConsentGiven(invitation.state(), invitationId, today, at, actor.describe()), "CONSENTED",
                "Consent to be bound by the charter notified by the state's delegation.");
        if (inForce.isEmpty() && store.consents() >= rules.consentsForEntryIntoForce()) {
            enterIntoForce(invitation.state(), today, at, actor);
        }
        return records.memberRecord(invitation.state()).member();
    }

    public Views.Invitation decline(Actor actor, String invitationId, Instant at) {
        settle(at);
        return inTurn(() -> declineNow(actor, invitationId, at));
    }

    private Views.Invitation declineNow(Actor actor, String invitationId, Instant at) {
        var invitation = store.invitation(invitationId).orElseThrow(() -> new NotFound("No invitation " + invitationId + "."));
        LocalDate today = Timestamps.dateOf(at);
        AnsweringPolicy.ruling(actor, "decline this invitation", answering(invitation), today).orRefuse();
        if (!store.answer(invitationId, InvitationStatus.DECLINED, today, actor.username())) {
            throw new RuleViolation("invitation-not-pending", "This invitation is " + invitation.status()
                    .name().toLowerCase() + " and can no longer be answered.");
        }
        record(new InvitationDeclined(invitation.state(), invitationId, today, at, actor.describe()), "DECLINED",
                "The state declined the invitation.");
        return records.invitationView(store.invitation(invitationId).orElseThrow());
    }

    /** Runs a write in one transaction, after the writes before it have committed. */
    private <T> T inTurn(java.util.function.Supplier<T> write) {
        return tx.execute(status -> {
            store.takeTurn();
            return write.get();
        });
    }

    private void enterIntoForce(String lastState, LocalDate today, Instant at, Actor actor) {
        if (!store.enterIntoForce(charter.id(), today)) {
            return;
        }
        for (MemberRow m : store.members()) {
            if (m.status() == MemberStatus.MEMBER) {
                store.setTermEnds(m.state(), firstTermEnd(today, m.consentedOn()));
            }
        }
        record(new CharterEnteredIntoForce(lastState, charter.id(), (int) store.consents(), today, at, actor.describe()),
                "CHARTER_IN_FORCE", "The charter entered into force with this state's consent, the "
                        + rules.consentsForEntryIntoForce() + ordinal(rules.consentsForEntryIntoForce()) + " required.");
    }

    /** The last day of a first term, given entry into force and the day membership began; null if no term. */
    private LocalDate firstTermEnd(LocalDate enteredIntoForce, LocalDate consentedOn) {
        return rules.term().map(term -> {
            LocalDate start = term.from() == MembershipRules.TermStart.ENTRY_INTO_FORCE
                    ? enteredIntoForce : (consentedOn.isAfter(enteredIntoForce) ? consentedOn : enteredIntoForce);
            return start.plusYears(term.years()).minusDays(1);
        }).orElse(null);
    }

    // ------------------------------------------------------------------ terms, withdrawal

    public Views.Member renew(Actor actor, String alpha3, Instant at) {
        settle(at);
        return inTurn(() -> renewNow(actor, alpha3, at));
    }

    private Views.Member renewNow(Actor actor, String alpha3, Instant at) {
        String state = Countries.require(alpha3).alpha3();
        var member = store.member(state).filter(m -> m.status() == MemberStatus.MEMBER);
        var view = member.isPresent() ? records.memberRecord(state).member() : null;
        RenewalPolicy.ruling(actor, state, new RenewalPolicy.Member(member.isPresent() && view.status() == MemberStatus.MEMBER,
                view != null && view.permanent(), member.map(MemberRow::termEnds).orElse(null)), charter).orRefuse();
        var term = rules.term().orElseThrow();
        LocalDate termEnds = RenewalPolicy.renewedUntil(member.get().termEnds(), charter);
        store.setTermEnds(state, termEnds);
        LocalDate today = Timestamps.dateOf(at);
        record(new TermRenewed(state, termEnds, today, at, actor.describe()), "RENEWED",
                "Term renewed by the " + officeName(term.renewedBy()) + " until " + termEnds + ".");
        return records.memberRecord(state).member();
    }

    /** Written notice of withdrawal, by the state's own delegate; effective on the day of notice. */
    public Views.Member withdraw(Actor actor, String alpha3, String notice, Instant at) {
        return withdraw(actor, alpha3, new MembershipCommands.Withdraw(notice), at);
    }

    public Views.Member withdraw(Actor actor, String alpha3, MembershipCommands.Withdraw act, Instant at) {
        settle(at);
        return inTurn(() -> withdrawNow(actor, alpha3, act, at));
    }

    private Views.Member withdrawNow(Actor actor, String alpha3, MembershipCommands.Withdraw act, Instant at) {
        String state = Countries.require(alpha3).alpha3();
        WithdrawalPolicy.ruling(actor, state, isCurrentMember(state)).orRefuse();
        LocalDate today = Timestamps.dateOf(at);
        store.end(state, MemberStatus.WITHDRAWN, today);
        store.openRemovalOf(state).ifPresent(r -> store.closeRemoval(r.id(), RemovalStatus.LAPSED, today, (int) store.memberStates() + 1));
        String text = act.notice();
        record(new StateWithdrew(state, text, today, at, actor.describe()), "WITHDREW",
                "Written notice of withdrawal." + (text == null ? "" : " " + text));
        return records.memberRecord(state).member();
    }

    // ------------------------------------------------------------------ removal and veto

    public Views.Removal proposeRemoval(Actor actor, String alpha3, String reason, Instant at) {
        return proposeRemoval(actor, new MembershipCommands.ProposeRemoval(alpha3, reason), at);
    }

    public Views.Removal proposeRemoval(Actor actor, MembershipCommands.ProposeRemoval act, Instant at) {
        settle(at);
        return inTurn(() -> proposeRemovalNow(actor, act, at));
    }

    private Views.Removal proposeRemovalNow(Actor actor, MembershipCommands.ProposeRemoval act, Instant at) {
        String state = act.state();
        String why = act.reason();
        RemovalPolicy.ruling(actor, state, new RemovalPolicy.Member(isCurrentMember(state), store.openRemovalOf(state).isPresent()),
                why, charter).orRefuse();
        var removal = rules.removal().orElseThrow();
        LocalDate today = Timestamps.dateOf(at);
        var row = new RemovalRow(UUID.randomUUID().toString(), state, RemovalStatus.OPEN, why, today,
                today.plusDays(removal.vetoWindowDays() - 1L), actor.username(), null, null);
        store.insertRemoval(row, at);
        record(new RemovalProposed(state, row.id(), why, row.vetoEndsOn(), today, at, actor.describe()), "REMOVAL_PROPOSED",
                "Removal proposed: " + why + " Member states may veto it until " + row.vetoEndsOn() + ".");
        return records.removal(row.id());
    }

    /** A member state's own delegate vetoes a removal; once the charter's fraction of member states has, it fails. */
    public Views.Removal veto(Actor actor, String removalId, Instant at) {
        settle(at);
        return inTurn(() -> vetoNow(actor, removalId, at));
    }

    private Views.Removal vetoNow(Actor actor, String removalId, Instant at) {
        VetoPolicy.provided(charter).orRefuse();
        var rule = rules.removal().orElseThrow();
        var removal = store.removal(removalId).orElseThrow(() -> new NotFound("No removal " + removalId + "."));
        VetoPolicy.ruling(actor, new VetoPolicy.Removal(removal.status(), java.util.Set.copyOf(store.vetoes(removalId)),
                actor.isDelegate() && isCurrentMember(actor.state())), charter).orRefuse();
        String state = actor.state();
        LocalDate today = Timestamps.dateOf(at);
        store.insertVeto(removalId, state, actor.username(), at);
        record(new RemovalVetoCast(removal.state(), removalId, state, today, at, actor.describe()), "REMOVAL_VETO_CAST",
                Countries.name(state) + " vetoed the removal.");
        int vetoes = store.vetoes(removalId).size();
        int members = (int) store.memberStates();
        if (VetoPolicy.blocks(vetoes, members, rule.vetoFraction())) {
            store.closeRemoval(removalId, RemovalStatus.VETOED, today, members);
            record(new RemovalVetoed(removal.state(), removalId, vetoes, members, today, at, actor.describe()), "REMOVAL_VETOED",
                    vetoes + " of " + members + " member states vetoed the removal (" + rule.vetoFraction()
                            + " or more needed); it does not take effect.");
        }
        return records.removal(removalId);
    }

    // ------------------------------------------------------------------ observers

    public Views.Observer recordObserver(Actor actor, String alpha3, String organisation, String note, Instant at) {
        return recordObserver(actor, new MembershipCommands.RecordObserver(alpha3, organisation, note), at);
    }

    public Views.Observer recordObserver(Actor actor, MembershipCommands.RecordObserver act, Instant at) {
        settle(at);
        return inTurn(() -> recordObserverNow(actor, act, at));
    }

    private Views.Observer recordObserverNow(Actor actor, MembershipCommands.RecordObserver act, Instant at) {
        String org = act.organisation();
        String state = act.state();
        ObserverPolicy.ruling(actor, state, org, state != null && org == null && isCurrentMember(state), charter).orRefuse();
        String id = UUID.randomUUID().toString();
        LocalDate today = Timestamps.dateOf(at);
        store.insertObserver(id, state, org, today, act.note(), actor.username(), at);
        var event = new ObserverRecorded(state == null ? "" : state, org, id, today, at, actor.describe());
        if (state != null) {
            record(event, "OBSERVER", "Recorded as an observer; observers never vote.");
        } else {
            events.publishEvent(event);
        }
        return store.observers().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ the passing of time

    /**
     * Records what the calendar decides: invitations lapse, terms expire (permanent members excepted) and veto
     * windows close. Idempotent and safe to run from several instances: each change is a conditional update.
     */
    public void settle(Instant at) {
        LocalDate today = Timestamps.dateOf(at);
        if (store.anythingDueBefore(today)) {
            inTurn(() -> {
                settleNow(today, at);
                return null;
            });
        }
    }

    private void settleNow(LocalDate today, Instant at) {
        for (InvitationRow invitation : store.invitationsLapsingBefore(today)) {
            LocalDate lapsedOn = invitation.lapsesOn().plusDays(1);
            if (store.answer(invitation.id(), InvitationStatus.LAPSED, lapsedOn, "council")) {
                record(new InvitationLapsed(invitation.state(), invitation.id(), lapsedOn, at, "council"), "INVITATION_LAPSED",
                        "The invitation lapsed unanswered.");
            }
        }
        Optional<LocalDate> inForce = store.enteredIntoForce();
        for (MemberRow member : store.membersWithTermEndingBefore(today)) {
            if (permanence.assess(member.state(), inForce.orElse(null)).permanent()) {
                continue;
            }
            LocalDate expiredOn = member.termEnds().plusDays(1);
            if (store.end(member.state(), MemberStatus.EXPIRED, expiredOn)) {
                record(new MembershipExpired(member.state(), expiredOn, at, "council"), "EXPIRED",
                        "The term ended on " + member.termEnds() + " and was not renewed.");
            }
        }
        rules.removal().ifPresent(rule -> {
            for (RemovalRow removal : store.removalsWithWindowEndedBefore(today)) {
                LocalDate decidedOn = removal.vetoEndsOn().plusDays(1);
                int vetoes = store.vetoes(removal.id()).size();
                int members = (int) store.memberStates();
                if (AsOf.outcome(vetoes, members, rule.vetoFraction()) == RemovalStatus.VETOED) {
                    if (store.closeRemoval(removal.id(), RemovalStatus.VETOED, decidedOn, members)) {
                        record(new RemovalVetoed(removal.state(), removal.id(), vetoes, members, decidedOn, at, "council"),
                                "REMOVAL_VETOED", vetoes + " of " + members + " member states vetoed the removal.");
                    }
                } else if (store.closeRemoval(removal.id(), RemovalStatus.REMOVED, decidedOn, members)
                        && store.end(removal.state(), MemberStatus.REMOVED, decidedOn)) {
                    record(new StateRemoved(removal.state(), removal.id(), vetoes, members, decidedOn, at, "council"), "REMOVED",
                            "Removed: the veto window closed with " + vetoes + " of " + members + " member states vetoing ("
                                    + rule.vetoFraction() + " needed to block).");
                }
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    private boolean isCurrentMember(String state) {
        return store.member(state).filter(m -> m.status() == MemberStatus.MEMBER).isPresent();
    }

    private static AnsweringPolicy.Invitation answering(InvitationRow invitation) {
        return new AnsweringPolicy.Invitation(invitation.state(), invitation.status(), invitation.lapsesOn());
    }

    private void record(MembershipEvent event, String act, String detail) {
        store.history(UUID.randomUUID().toString(), event.state(), act, event.effectiveOn(), event.recordedAt(), event.actor(), detail);
        events.publishEvent(event);
    }

    private String officeName(Office office) {
        return office == Office.CHAIR ? charter.chairTitle() : office.name().toLowerCase();
    }


    private static String ordinal(int n) {
        return switch (n % 100 > 10 && n % 100 < 14 ? 0 : n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
