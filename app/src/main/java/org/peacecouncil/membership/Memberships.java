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
import org.peacecouncil.membership.rules.InvitingPolicy;
import org.peacecouncil.membership.rules.ObserverPolicy;
import org.peacecouncil.membership.rules.RemovalPolicy;
import org.peacecouncil.membership.rules.RenewalPolicy;
import org.peacecouncil.membership.rules.VetoPolicy;
import org.peacecouncil.membership.rules.WithdrawalPolicy;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.CouncilProblem.RuleViolation;
import org.peacecouncil.platform.StateCode;
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
    private final org.peacecouncil.keys.ActSignatures signatures;

    Memberships(MembershipStore store, Charter charter, PermanentMembership permanence, ApplicationEventPublisher events,
            TransactionTemplate tx, MemberRecords records, org.peacecouncil.keys.ActSignatures signatures) {
        this.signatures = signatures;
        this.records = records;
        this.store = store;
        this.tx = tx;
        this.charter = charter;
        this.rules = charter.membership();
        this.permanence = permanence;
        this.events = events;
    }

    // ------------------------------------------------------------------ invitations and consent

    public Views.Invitation invite(Actor actor, MembershipCommands.Invite act, Instant at) {
        settle(at);
        return inTurn(() -> {
            StateCode state = act.state();
            LocalDate today = Timestamps.dateOf(at);
            InvitingPolicy.ruling(actor, state.alpha3(), new InvitingPolicy.Standing(isCurrentMember(state),
                    store.pendingInvitation(state).isPresent()), charter).orRefuse();
            var invitation = Invitation.issue(state, today, rules.invitationLapsesAfterDays(), actor.username(), act.note());
            store.insertInvitation(invitation, at);
            record(new StateInvited(state.alpha3(), invitation.id().value(), invitation.lapsesOn(), today, at, actor.describe()),
                    "INVITED", "Invited by the " + officeName(rules.invitedBy()) + "; the invitation lapses after "
                            + invitation.lapsesOn() + "." + (invitation.note() == null ? "" : " " + invitation.note()));
            return records.invitationView(invitation);
        });
    }

    /** The state's own delegate consents to be bound by the charter; membership begins that day. */
    public Views.Member consent(Actor actor, InvitationId id, Instant at) {
        return consent(actor, id, MembershipCommands.Consent.UNSIGNED, at);
    }

    public Views.Member consent(Actor actor, InvitationId id, MembershipCommands.Consent act, Instant at) {
        settle(at);
        return inTurn(() -> {
            LocalDate today = Timestamps.dateOf(at);
            var invitation = answer(invitation(id).consentedBy(actor, today));
            Optional<LocalDate> inForce = store.enteredIntoForce();
            store.admit(invitation.state(), today, inForce.map(eif -> firstTermEnd(eif, today)).orElse(null), id);
            record(new ConsentGiven(invitation.state().alpha3(), id.value(), today, at, actor.describe(), act.signature()), "CONSENTED",
                    "Consent to be bound by the charter notified by the state's delegation.");
            if (inForce.isEmpty() && store.consents() >= rules.consentsForEntryIntoForce()) {
                enterIntoForce(invitation.state(), today, at, actor);
            }
            return records.memberRecord(invitation.state()).member();
        });
    }

    public Views.Invitation decline(Actor actor, InvitationId id, Instant at) {
        return decline(actor, id, MembershipCommands.Decline.UNSIGNED, at);
    }

    public Views.Invitation decline(Actor actor, InvitationId id, MembershipCommands.Decline act, Instant at) {
        settle(at);
        return inTurn(() -> {
            LocalDate today = Timestamps.dateOf(at);
            var invitation = answer(invitation(id).declinedBy(actor, today));
            record(new InvitationDeclined(invitation.state().alpha3(), id.value(), today, at, actor.describe(), act.signature()), "DECLINED",
                    "The state declined the invitation.");
            return records.invitationView(invitation);
        });
    }

    private Invitation invitation(InvitationId id) {
        return store.invitation(id).orElseThrow(() -> new NotFound("No invitation " + id + "."));
    }

    /** Writes an answer; refused if another answer was written first. */
    private Invitation answer(Invitation answered) {
        if (!store.answer(answered)) {
            var now = invitation(answered.id());
            throw new RuleViolation("invitation-not-pending", "This invitation is " + now.status().name().toLowerCase()
                    + " and can no longer be answered.");
        }
        return answered;
    }

    private void enterIntoForce(StateCode lastState, LocalDate today, Instant at, Actor actor) {
        if (!store.enterIntoForce(charter.id(), today)) {
            return;
        }
        for (Membership m : store.members()) {
            if (m.isCurrent()) {
                store.saveTerm(m.withFirstTermEnding(firstTermEnd(today, m.consentedOn())));
            }
        }
        record(new CharterEnteredIntoForce(lastState.alpha3(), charter.id(), (int) store.consents(), today, at, actor.describe()),
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

    public Views.Member renew(Actor actor, StateCode state, Instant at) {
        settle(at);
        return inTurn(() -> {
            var member = store.member(state).filter(Membership::isCurrent);
            var view = member.isPresent() ? records.memberRecord(state).member() : null;
            RenewalPolicy.ruling(actor, state.alpha3(), new RenewalPolicy.Member(member.isPresent() && view.status() == MemberStatus.MEMBER,
                    view != null && view.permanent(), member.map(Membership::termEnds).orElse(null)), Timestamps.dateOf(at), charter).orRefuse();
            var renewed = member.get().renewedUntil(RenewalPolicy.renewedUntil(member.get().termEnds(), charter));
            store.saveTerm(renewed);
            LocalDate today = Timestamps.dateOf(at);
            record(new TermRenewed(state.alpha3(), renewed.termEnds(), today, at, actor.describe()), "RENEWED",
                    "Term renewed by the " + officeName(rules.term().orElseThrow().renewedBy()) + " until " + renewed.termEnds() + ".");
            return records.memberRecord(state).member();
        });
    }

    /** Written notice of withdrawal, by the state's own delegate; effective on the day of notice. */
    public Views.Member withdraw(Actor actor, StateCode state, MembershipCommands.Withdraw act, Instant at) {
        settle(at);
        return inTurn(() -> {
            var member = store.member(state).filter(Membership::isCurrent);
            WithdrawalPolicy.ruling(actor, state.alpha3(), member.isPresent()).orRefuse();
            LocalDate today = Timestamps.dateOf(at);
            store.end(member.get().ended(MemberStatus.WITHDRAWN, today));
            store.openRemovalOf(state).ifPresent(r -> store.closeRemoval(r.decided(RemovalStatus.LAPSED, today, (int) store.memberStates() + 1)));
            String text = act.notice();
            record(new StateWithdrew(state.alpha3(), text, today, at, actor.describe(), act.signature()), "WITHDREW",
                    "Written notice of withdrawal." + (text == null ? "" : " " + text));
            return records.memberRecord(state).member();
        });
    }

    // ------------------------------------------------------------------ removal and veto

    public Views.Removal proposeRemoval(Actor actor, MembershipCommands.ProposeRemoval act, Instant at) {
        settle(at);
        return inTurn(() -> {
            StateCode state = act.state();
            RemovalPolicy.ruling(actor, state.alpha3(), new RemovalPolicy.Member(isCurrentMember(state), store.openRemovalOf(state).isPresent()),
                    act.reason(), charter).orRefuse();
            LocalDate today = Timestamps.dateOf(at);
            var removal = Removal.propose(state, act.reason(), today, rules.removal().orElseThrow().vetoWindowDays(), actor.username());
            store.insertRemoval(removal, at);
            record(new RemovalProposed(state.alpha3(), removal.id().value(), act.reason(), removal.vetoEndsOn(), today, at, actor.describe()),
                    "REMOVAL_PROPOSED", "Removal proposed: " + act.reason() + " Member states may veto it until " + removal.vetoEndsOn() + ".");
            return records.removal(removal.id());
        });
    }

    /** A member state's own delegate vetoes a removal; once the charter's fraction of member states has, it fails. */
    public Views.Removal veto(Actor actor, RemovalId id, Instant at) {
        return veto(actor, id, MembershipCommands.Veto.UNSIGNED, at);
    }

    public Views.Removal veto(Actor actor, RemovalId id, MembershipCommands.Veto act, Instant at) {
        settle(at);
        return inTurn(() -> {
            VetoPolicy.provided(charter).orRefuse();
            var rule = rules.removal().orElseThrow();
            var removal = store.removal(id).orElseThrow(() -> new NotFound("No removal " + id + "."));
            StateCode state = actor.isDelegate() ? StateCode.of(actor.state()) : null;
            removal.vetoBy(actor, java.util.Set.copyOf(store.vetoes(id)), state != null && isCurrentMember(state), charter);
            LocalDate today = Timestamps.dateOf(at);
            store.insertVeto(id, state, actor.username(), at);
            record(new RemovalVetoCast(removal.state().alpha3(), id.value(), state.alpha3(), today, at, actor.describe(), act.signature()),
                    "REMOVAL_VETO_CAST", state.name() + " vetoed the removal.");
            int vetoes = store.vetoes(id).size();
            int members = (int) store.memberStates();
            if (VetoPolicy.blocks(vetoes, members, rule.vetoFraction())) {
                store.closeRemoval(removal.decided(RemovalStatus.VETOED, today, members));
                record(new RemovalVetoed(removal.state().alpha3(), id.value(), vetoes, members, today, at, actor.describe()),
                        "REMOVAL_VETOED", vetoes + " of " + members + " member states vetoed the removal (" + rule.vetoFraction()
                                + " or more needed); it does not take effect.");
            }
            return records.removal(id);
        });
    }

    // ------------------------------------------------------------------ observers

    public Views.Observer recordObserver(Actor actor, MembershipCommands.RecordObserver act, Instant at) {
        settle(at);
        return inTurn(() -> {
            String org = act.organisation();
            StateCode state = act.state();
            ObserverPolicy.ruling(actor, state == null ? null : state.alpha3(), org, state != null && org == null && isCurrentMember(state),
                    charter).orRefuse();
            String id = UUID.randomUUID().toString();
            LocalDate today = Timestamps.dateOf(at);
            store.insertObserver(id, state == null ? null : state.alpha3(), org, today, act.note(), actor.username(), at);
            var event = new ObserverRecorded(state == null ? "" : state.alpha3(), org, id, today, at, actor.describe());
            if (state != null) {
                record(event, "OBSERVER", "Recorded as an observer; observers never vote.");
            } else {
                events.publishEvent(event); // an organisation has no state's history to add a line to
            }
            return store.observers().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
        });
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
        for (Invitation pending : store.invitationsLapsingBefore(today)) {
            var lapsed = pending.asOf(today);
            if (store.answer(lapsed)) {
                record(new InvitationLapsed(lapsed.state().alpha3(), lapsed.id().value(), lapsed.answeredOn(), at, "council"),
                        "INVITATION_LAPSED", "The invitation lapsed unanswered.");
            }
        }
        Optional<LocalDate> inForce = store.enteredIntoForce();
        for (Membership member : store.membersWithTermEndingBefore(today)) {
            if (permanence.assess(member.state().alpha3(), inForce.orElse(null)).permanent()) {
                continue;
            }
            var expired = member.expired();
            if (store.end(expired)) {
                record(new MembershipExpired(member.state().alpha3(), expired.endedOn(), at, "council"), "EXPIRED",
                        "The term ended on " + member.termEnds() + " and was not renewed.");
            }
        }
        rules.removal().ifPresent(rule -> {
            for (Removal open : store.removalsWithWindowEndedBefore(today)) {
                int vetoes = store.vetoes(open.id()).size();
                int members = (int) store.memberStates();
                var decided = open.decidedAfterWindow(vetoes, members, rule.vetoFraction());
                if (decided.status() == RemovalStatus.VETOED) {
                    if (store.closeRemoval(decided)) {
                        record(new RemovalVetoed(open.state().alpha3(), open.id().value(), vetoes, members, decided.decidedOn(), at, "council"),
                                "REMOVAL_VETOED", vetoes + " of " + members + " member states vetoed the removal.");
                    }
                } else if (store.closeRemoval(decided) && store.member(open.state()).filter(Membership::isCurrent)
                        .map(m -> store.end(m.ended(MemberStatus.REMOVED, decided.decidedOn()))).orElse(false)) {
                    record(new StateRemoved(open.state().alpha3(), open.id().value(), vetoes, members, decided.decidedOn(), at, "council"),
                            "REMOVED", "Removed: the veto window closed with " + vetoes + " of " + members + " member states vetoing ("
                                    + rule.vetoFraction() + " needed to block).");
                }
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    /** Runs a write in one transaction, after the membership writes before it have committed. */
    private <T> T inTurn(java.util.function.Supplier<T> write) {
        return tx.execute(status -> {
            store.takeTurn();
            return write.get();
        });
    }

    private boolean isCurrentMember(StateCode state) {
        return store.member(state).filter(Membership::isCurrent).isPresent();
    }

    /** The one way an act is recorded: a line in the state's history and the event, which the ledger logs. */
    /** Writes the member's history and publishes the act; a state's own signable act is first checked for its signature. */
    private void record(MembershipEvent event, String act, String detail) {
        if (event.getClass().isAnnotationPresent(org.peacecouncil.platform.Signable.class)) {
            signatures.check(event, event.recordedAt());
        }
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
