package org.peacecouncil.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MembershipRules;
import org.peacecouncil.charter.Office;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
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
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.CouncilProblem.NotPermitted;
import org.peacecouncil.platform.CouncilProblem.RuleViolation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import java.time.Clock;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Membership acts under the charter. Every command names who acts and when; it checks that this actor may do
 * it (only a state's own delegate commits that state), that the charter and the record allow it now, records
 * it in the member's history and publishes the event, all in one transaction.
 */
@Service
public class Memberships {

    private final MembershipStore store;
    private final Charter charter;
    private final MembershipRules rules;
    private final PermanentMembership permanence;
    private final ApplicationEventPublisher events;

    private final TransactionTemplate tx;
    private final Clock clock;

    Memberships(MembershipStore store, Charter charter, PermanentMembership permanence, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.charter = charter;
        this.rules = charter.membership();
        this.permanence = permanence;
        this.events = events;
    }

    // ------------------------------------------------------------------ invitations and consent

    public Views.Invitation invite(Actor actor, String alpha3, String note, Instant at) {
        settle(at);
        return inTurn(() -> inviteNow(actor, alpha3, note, at));
    }

    private Views.Invitation inviteNow(Actor actor, String alpha3, String note, Instant at) {
        requireOffice(actor, rules.invitedBy(), "invite states");
        String state = Countries.require(alpha3).alpha3();
        LocalDate today = Timestamps.dateOf(at);
        if (store.member(state).filter(m -> m.status() == MemberStatus.MEMBER).isPresent()) {
            throw new RuleViolation("already-member", Countries.name(state) + " is already a member.");
        }
        if (store.pendingInvitation(state).isPresent()) {
            throw new RuleViolation("already-invited", Countries.name(state) + " already has a pending invitation.");
        }
        var row = new InvitationRow(UUID.randomUUID().toString(), state, InvitationStatus.PENDING, today,
                today.plusDays(rules.invitationLapsesAfterDays() - 1L), actor.username(), clean(note, 2000), null, null);
        store.insertInvitation(row, at);
        record(new StateInvited(state, row.id(), row.lapsesOn(), today, at, actor.describe()), "INVITED",
                "Invited by the " + officeName(rules.invitedBy()) + "; the invitation lapses after " + row.lapsesOn() + "."
                        + (row.note() == null ? "" : " " + row.note()));
        return invitationView(row);
    }

    /** The state's own delegate consents to be bound by the charter; membership begins that day. */
    public Views.Member consent(Actor actor, String invitationId, Instant at) {
        settle(at);
        return inTurn(() -> consentNow(actor, invitationId, at));
    }

    private Views.Member consentNow(Actor actor, String invitationId, Instant at) {
        var invitation = store.invitation(invitationId).orElseThrow(() -> new NotFound("No invitation " + invitationId + "."));
        requireOwnDelegate(actor, invitation.state(), "consent to the charter");
        LocalDate today = Timestamps.dateOf(at);
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
        return memberRecord(invitation.state()).member();
    }

    public Views.Invitation decline(Actor actor, String invitationId, Instant at) {
        settle(at);
        return inTurn(() -> declineNow(actor, invitationId, at));
    }

    private Views.Invitation declineNow(Actor actor, String invitationId, Instant at) {
        var invitation = store.invitation(invitationId).orElseThrow(() -> new NotFound("No invitation " + invitationId + "."));
        requireOwnDelegate(actor, invitation.state(), "decline this invitation");
        LocalDate today = Timestamps.dateOf(at);
        if (!store.answer(invitationId, InvitationStatus.DECLINED, today, actor.username())) {
            throw new RuleViolation("invitation-not-pending", "This invitation is " + invitation.status()
                    .name().toLowerCase() + " and can no longer be answered.");
        }
        record(new InvitationDeclined(invitation.state(), invitationId, today, at, actor.describe()), "DECLINED",
                "The state declined the invitation.");
        return invitationView(store.invitation(invitationId).orElseThrow());
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
        var term = rules.term().orElseThrow(() -> new RuleViolation("no-terms", "Membership under this charter has no term to renew."));
        if (term.renewedBy() == Office.NONE) {
            throw new RuleViolation("not-renewable", "This charter does not allow terms to be renewed.");
        }
        requireOffice(actor, term.renewedBy(), "renew terms");
        String state = Countries.require(alpha3).alpha3();
        MemberRow member = currentMember(state);
        var view = memberRecord(state).member();
        if (view.permanent()) {
            throw new RuleViolation("permanent-member", Countries.name(state) + " is a permanent member; its membership has no term.");
        }
        if (member.termEnds() == null) {
            throw new RuleViolation("no-term-yet", "The term begins when the charter enters into force.");
        }
        LocalDate termEnds = member.termEnds().plusYears(term.years());
        store.setTermEnds(state, termEnds);
        LocalDate today = Timestamps.dateOf(at);
        record(new TermRenewed(state, termEnds, today, at, actor.describe()), "RENEWED",
                "Term renewed by the " + officeName(term.renewedBy()) + " until " + termEnds + ".");
        return memberRecord(state).member();
    }

    /** Written notice of withdrawal, by the state's own delegate; effective on the day of notice. */
    public Views.Member withdraw(Actor actor, String alpha3, String notice, Instant at) {
        settle(at);
        return inTurn(() -> withdrawNow(actor, alpha3, notice, at));
    }

    private Views.Member withdrawNow(Actor actor, String alpha3, String notice, Instant at) {
        String state = Countries.require(alpha3).alpha3();
        requireOwnDelegate(actor, state, "give notice of withdrawal");
        currentMember(state);
        LocalDate today = Timestamps.dateOf(at);
        store.end(state, MemberStatus.WITHDRAWN, today);
        store.openRemovalOf(state).ifPresent(r -> store.closeRemoval(r.id(), RemovalStatus.LAPSED, today));
        String text = clean(notice, 4000);
        record(new StateWithdrew(state, text, today, at, actor.describe()), "WITHDREW",
                "Written notice of withdrawal." + (text == null ? "" : " " + text));
        return memberRecord(state).member();
    }

    // ------------------------------------------------------------------ removal and veto

    public Views.Removal proposeRemoval(Actor actor, String alpha3, String reason, Instant at) {
        settle(at);
        return inTurn(() -> proposeRemovalNow(actor, alpha3, reason, at));
    }

    private Views.Removal proposeRemovalNow(Actor actor, String alpha3, String reason, Instant at) {
        var removal = rules.removal().orElseThrow(() -> new RuleViolation("no-removal", "This charter does not provide for removal."));
        requireOffice(actor, removal.by(), "propose a removal");
        String state = Countries.require(alpha3).alpha3();
        currentMember(state);
        if (store.openRemovalOf(state).isPresent()) {
            throw new RuleViolation("removal-open", "A removal of " + Countries.name(state) + " is already open.");
        }
        String why = clean(reason, 4000);
        if (why == null) {
            throw new InvalidRequest("reason-required", "A removal needs a stated reason.");
        }
        LocalDate today = Timestamps.dateOf(at);
        var row = new RemovalRow(UUID.randomUUID().toString(), state, RemovalStatus.OPEN, why, today,
                today.plusDays(removal.vetoWindowDays() - 1L), actor.username(), null);
        store.insertRemoval(row, at);
        record(new RemovalProposed(state, row.id(), why, row.vetoEndsOn(), today, at, actor.describe()), "REMOVAL_PROPOSED",
                "Removal proposed: " + why + " Member states may veto it until " + row.vetoEndsOn() + ".");
        return removalView(row.id());
    }

    /** A member state's own delegate vetoes a removal; once the charter's fraction of member states has, it fails. */
    public Views.Removal veto(Actor actor, String removalId, Instant at) {
        settle(at);
        return inTurn(() -> vetoNow(actor, removalId, at));
    }

    private Views.Removal vetoNow(Actor actor, String removalId, Instant at) {
        var rule = rules.removal().orElseThrow(() -> new RuleViolation("no-removal", "This charter does not provide for removal."));
        var removal = store.removal(removalId).orElseThrow(() -> new NotFound("No removal " + removalId + "."));
        if (!actor.isDelegate()) {
            throw new NotPermitted("delegates-only", "Only a member state's delegation can veto a removal.");
        }
        String state = actor.state();
        if (store.member(state).filter(m -> m.status() == MemberStatus.MEMBER).isEmpty()) {
            throw new NotPermitted("not-a-member", Countries.name(state) + " is not a member state and cannot veto.");
        }
        if (removal.status() != RemovalStatus.OPEN) {
            throw new RuleViolation("removal-closed", "This removal is " + removal.status().name().toLowerCase() + "; the veto window is closed.");
        }
        if (store.vetoes(removalId).contains(state)) {
            throw new RuleViolation("already-vetoed", Countries.name(state) + " has already vetoed this removal.");
        }
        LocalDate today = Timestamps.dateOf(at);
        store.insertVeto(removalId, state, actor.username(), at);
        record(new RemovalVetoCast(removal.state(), removalId, state, today, at, actor.describe()), "REMOVAL_VETO_CAST",
                Countries.name(state) + " vetoed the removal.");
        int vetoes = store.vetoes(removalId).size();
        int members = (int) store.memberStates();
        if (rule.vetoFraction().reachedBy(vetoes, members)) {
            store.closeRemoval(removalId, RemovalStatus.VETOED, today);
            record(new RemovalVetoed(removal.state(), removalId, vetoes, members, today, at, actor.describe()), "REMOVAL_VETOED",
                    vetoes + " of " + members + " member states vetoed the removal (" + rule.vetoFraction()
                            + " or more needed); it does not take effect.");
        }
        return removalView(removalId);
    }

    // ------------------------------------------------------------------ observers

    public Views.Observer recordObserver(Actor actor, String alpha3, String organisation, String note, Instant at) {
        settle(at);
        return inTurn(() -> recordObserverNow(actor, alpha3, organisation, note, at));
    }

    private Views.Observer recordObserverNow(Actor actor, String alpha3, String organisation, String note, Instant at) {
        if (!actor.is(Role.SECRETARIAT) && !actor.is(Role.CHAIR)) {
            throw new NotPermitted("secretariat-only", "Only the secretariat or the Chair records observers.");
        }
        String org = clean(organisation, 200);
        boolean hasState = alpha3 != null && !alpha3.isBlank();
        if (hasState == (org != null)) {
            throw new InvalidRequest("observer-state-or-organisation", "Name either a state (alpha-3) or an organisation.");
        }
        String state = hasState ? Countries.require(alpha3).alpha3() : null;
        if (state != null && store.member(state).filter(m -> m.status() == MemberStatus.MEMBER).isPresent()) {
            throw new RuleViolation("already-member", Countries.name(state) + " is a member, not an observer.");
        }
        String id = UUID.randomUUID().toString();
        LocalDate today = Timestamps.dateOf(at);
        store.insertObserver(id, state, org, today, clean(note, 2000), actor.username(), at);
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
                if (rule.vetoFraction().reachedBy(vetoes, members)) {
                    if (store.closeRemoval(removal.id(), RemovalStatus.VETOED, decidedOn)) {
                        record(new RemovalVetoed(removal.state(), removal.id(), vetoes, members, decidedOn, at, "council"),
                                "REMOVAL_VETOED", vetoes + " of " + members + " member states vetoed the removal.");
                    }
                } else if (store.closeRemoval(removal.id(), RemovalStatus.REMOVED, decidedOn)
                        && store.end(removal.state(), MemberStatus.REMOVED, decidedOn)) {
                    record(new StateRemoved(removal.state(), removal.id(), vetoes, members, decidedOn, at, "council"), "REMOVED",
                            "Removed: the veto window closed with " + vetoes + " of " + members + " member states vetoing ("
                                    + rule.vetoFraction() + " needed to block).");
                }
            }
        });
    }

    // ------------------------------------------------------------------ reading

    public Views.Council council() {
        settle(clock.instant());
        var members = memberViews(null);
        return new Views.Council(charter.id(), charter.name(), charter.chairTitle(), store.enteredIntoForce().orElse(null),
                rules.consentsForEntryIntoForce(),
                members.stream().filter(m -> m.status() == MemberStatus.MEMBER).count(),
                members.stream().filter(Views.Member::founding).count(),
                members.stream().filter(m -> m.status() == MemberStatus.MEMBER && m.permanent()).count(),
                store.invitations(InvitationStatus.PENDING).size(), store.removals(RemovalStatus.OPEN).size(),
                store.observers().size());
    }

    public List<Views.Member> members(MemberStatus status) {
        settle(clock.instant());
        return memberViews(status);
    }

    private List<Views.Member> memberViews(MemberStatus status) {
        LocalDate inForce = store.enteredIntoForce().orElse(null);
        return store.members().stream()
                .filter(m -> status == null || m.status() == status)
                .map(m -> memberView(m, inForce))
                .toList();
    }

    public Views.MemberRecord member(String alpha3) {
        settle(clock.instant());
        return memberRecord(alpha3);
    }

    private Views.MemberRecord memberRecord(String alpha3) {
        String state = Countries.require(alpha3).alpha3();
        LocalDate inForce = store.enteredIntoForce().orElse(null);
        var history = store.historyOf(state);
        var invitations = store.invitationsOf(state).stream().map(this::invitationView).toList();
        var removals = store.removalsOf(state).stream().map(r -> removalView(r.id())).toList();
        var member = store.member(state).map(m -> memberView(m, inForce));
        if (member.isEmpty() && history.isEmpty()) {
            throw new NotFound(Countries.name(state) + " (" + state + ") has no membership record.");
        }
        return new Views.MemberRecord(member.orElse(null), permanence.assess(state, inForce), history, invitations, removals);
    }

    public List<Views.Invitation> invitations(InvitationStatus status) {
        settle(clock.instant());
        return store.invitations(status).stream().map(this::invitationView).toList();
    }

    public Views.Invitation invitation(String id) {
        settle(clock.instant());
        return store.invitation(id).map(this::invitationView).orElseThrow(() -> new NotFound("No invitation " + id + "."));
    }

    public Optional<Views.Invitation> pendingInvitationOf(String state) {
        settle(clock.instant());
        return store.pendingInvitation(state).map(this::invitationView);
    }

    public List<Views.Removal> removals(RemovalStatus status) {
        settle(clock.instant());
        return store.removals(status).stream().map(r -> removalView(r.id())).toList();
    }

    public Views.Removal removal(String id) {
        settle(clock.instant());
        return removalView(id);
    }

    private Views.Removal removalView(String id) {
        var row = store.removal(id).orElseThrow(() -> new NotFound("No removal " + id + "."));
        var rule = rules.removal().orElseThrow();
        int members = (int) store.memberStates();
        return new Views.Removal(row.id(), row.state(), Countries.name(row.state()), row.status(), row.reason(),
                row.proposedOn(), row.vetoEndsOn(), row.decidedOn(), row.proposedBy(), store.vetoes(id), members,
                rule.vetoFraction().smallestShareOf(members),
                "Blocked if " + rule.vetoFraction() + " or more of member states veto it by " + row.vetoEndsOn() + ".");
    }

    public List<Views.Act> recentActs(int limit) {
        settle(clock.instant());
        return store.recentActs(limit);
    }

    /** Removals still open in which this actor's state may cast a veto. */
    public List<Views.Removal> removalsAwaitingVetoFrom(Actor actor) {
        if (!actor.isDelegate() || store.member(actor.state()).filter(m -> m.status() == MemberStatus.MEMBER).isEmpty()) {
            return List.of();
        }
        return removals(RemovalStatus.OPEN).stream().filter(r -> !r.vetoes().contains(actor.state())).toList();
    }

    /** True when the state is a member now (a cheap check for other modules, e.g. before counting a ballot). */
    public boolean isMember(String alpha3) {
        return store.member(alpha3).filter(m -> m.status() == MemberStatus.MEMBER).isPresent();
    }

    /** The member states now and which of them are permanent: what other modules need to count votes. */
    public Views.Standing standing() {
        LocalDate inForce = store.enteredIntoForce().orElse(null);
        var members = new java.util.TreeSet<String>();
        var permanent = new java.util.TreeSet<String>();
        for (MemberRow m : store.members()) {
            if (m.status() == MemberStatus.MEMBER) {
                members.add(m.state());
                if (permanence.assess(m.state(), inForce).permanent()) {
                    permanent.add(m.state());
                }
            }
        }
        return new Views.Standing(members, permanent);
    }

    public List<Views.Observer> observers() {
        return store.observers();
    }

    public Charter charter() {
        return charter;
    }

    // ------------------------------------------------------------------ helpers

    private Views.Member memberView(MemberRow m, LocalDate inForce) {
        boolean permanent = m.status() == MemberStatus.MEMBER && permanence.assess(m.state(), inForce).permanent();
        boolean founding = inForce == null || !m.consentedOn().isAfter(inForce);
        String openRemoval = m.status() == MemberStatus.MEMBER ? store.openRemovalOf(m.state()).map(RemovalRow::id).orElse(null) : null;
        return new Views.Member(m.state(), Countries.name(m.state()), m.status(), founding, permanent, m.since(),
                permanent ? null : m.termEnds(), m.endedOn(), openRemoval);
    }

    private Views.Invitation invitationView(InvitationRow r) {
        return new Views.Invitation(r.id(), r.state(), Countries.name(r.state()), r.status(), r.invitedOn(), r.lapsesOn(),
                r.invitedBy(), r.note(), r.answeredOn(), r.answeredBy());
    }

    private MemberRow currentMember(String state) {
        return store.member(state).filter(m -> m.status() == MemberStatus.MEMBER)
                .orElseThrow(() -> new RuleViolation("not-a-member", Countries.name(state) + " is not a member."));
    }

    private void record(MembershipEvent event, String act, String detail) {
        store.history(UUID.randomUUID().toString(), event.state(), act, event.effectiveOn(), event.recordedAt(), event.actor(), detail);
        events.publishEvent(event);
    }

    private void requireOffice(Actor actor, Office office, String what) {
        boolean allowed = switch (office) {
            case CHAIR -> actor.is(Role.CHAIR);
            case SECRETARIAT -> actor.is(Role.SECRETARIAT);
            case NONE -> false;
        };
        if (!allowed) {
            throw new NotPermitted("office-required", "Under this charter only the " + officeName(office) + " may " + what + ".");
        }
    }

    private static void requireOwnDelegate(Actor actor, String state, String what) {
        if (!actor.isDelegateOf(state)) {
            throw new NotPermitted("not-your-state", "Only the delegation of " + Countries.name(state) + " (" + state
                    + ") may " + what + " for it.");
        }
    }

    private String officeName(Office office) {
        return office == Office.CHAIR ? charter.chairTitle() : office.name().toLowerCase();
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidRequest("text-too-long", "Text is limited to " + max + " characters.");
        }
        return stripped;
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
