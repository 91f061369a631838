package org.peacecouncil.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MembershipRules;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Timestamps;
import org.springframework.stereotype.Service;

/**
 * The membership record as readers see it: members, invitations, removals, observers and the council at a glance.
 * Reads never write: they take the stored record and apply the calendar's rules for today (the aggregates' {@code asOf},
 * {@code expiresBy}, {@code windowClosedBy}), so a
 * reader between two of the calendar's ticks sees what the record will say once it has ticked.
 */
@Service
public class MemberRecords {

    private final MembershipStore store;
    private final Charter charter;
    private final MembershipRules rules;
    private final PermanentMembership permanence;
    private final Clock clock;

    MemberRecords(MembershipStore store, Charter charter, PermanentMembership permanence, Clock clock) {
        this.store = store;
        this.charter = charter;
        this.rules = charter.membership();
        this.permanence = permanence;
        this.clock = clock;
    }


    /** The membership record as it stands on a day, read in a fixed number of queries. */
    private record Snapshot(LocalDate day, LocalDate inForce, List<Membership> members, java.util.Set<StateCode> permanent,
            List<Removal> removals, java.util.Map<StateCode, RemovalId> openRemovalOf) {

        long memberStates() {
            return members.stream().filter(m -> m.status() == MemberStatus.MEMBER).count();
        }
    }

    private Snapshot snapshot() {
        LocalDate day = Timestamps.dateOf(clock.instant());
        LocalDate inForce = store.enteredIntoForce().orElse(null);
        var permanent = new java.util.HashSet<StateCode>();
        var members = new java.util.ArrayList<Membership>();
        for (Membership m : store.members()) {
            boolean isPermanent = m.status() == MemberStatus.MEMBER && permanence.assess(m.state().alpha3(), inForce).permanent();
            if (isPermanent) {
                permanent.add(m.state());
            }
            members.add(m.expiresBy(isPermanent, day) ? m.expired() : m);
        }
        var removals = new java.util.ArrayList<Removal>();
        var openRemovalOf = new java.util.HashMap<StateCode, RemovalId>();
        int memberStates = (int) members.stream().filter(m -> m.status() == MemberStatus.MEMBER).count();
        for (Removal removal : store.removals(null)) {
            Removal asOf = removal;
            if (removal.windowClosedBy(day) && rules.removal().isPresent()) {
                asOf = removal.decidedAfterWindow(store.vetoes(removal.id()).size(), memberStates, rules.removal().get().vetoFraction());
                if (asOf.status() == RemovalStatus.REMOVED) {
                    var decidedOn = asOf.decidedOn();
                    members.replaceAll(m -> m.state().equals(removal.state()) && m.isCurrent() ? m.ended(MemberStatus.REMOVED, decidedOn) : m);
                    memberStates--;
                }
            }
            if (asOf.status() == RemovalStatus.OPEN) {
                openRemovalOf.put(asOf.state(), asOf.id());
            }
            removals.add(asOf);
        }
        return new Snapshot(day, inForce, members, permanent, removals, openRemovalOf);
    }

    public Views.Council council() {
        var snapshot = snapshot();
        var members = memberViews(snapshot, null);
        return new Views.Council(charter.id(), charter.name(), charter.chairTitle(), snapshot.inForce(),
                rules.consentsForEntryIntoForce(),
                members.stream().filter(m -> m.status() == MemberStatus.MEMBER).count(),
                members.stream().filter(Views.Member::founding).count(),
                members.stream().filter(m -> m.status() == MemberStatus.MEMBER && m.permanent()).count(),
                invitations(InvitationStatus.PENDING).size(),
                snapshot.removals().stream().filter(r -> r.status() == RemovalStatus.OPEN).count(),
                store.observers().size());
    }

    public List<Views.Member> members(MemberStatus status) {
        return memberViews(snapshot(), status);
    }

    private List<Views.Member> memberViews(Snapshot snapshot, MemberStatus status) {
        return snapshot.members().stream()
                .filter(m -> status == null || m.status() == status)
                .map(m -> memberView(m, snapshot))
                .toList();
    }

    public Views.MemberRecord member(StateCode state) {
        return memberRecord(state);
    }

    Views.MemberRecord memberRecord(StateCode state) {
        var snapshot = snapshot();
        var history = store.historyOf(state.alpha3());
        var invitations = store.invitationsOf(state).stream().map(r -> invitationView(r.asOf(snapshot.day()))).toList();
        var removals = snapshot.removals().stream().filter(r -> r.state().equals(state)).map(r -> removalView(r, snapshot)).toList();
        var member = snapshot.members().stream().filter(m -> m.state().equals(state)).findFirst().map(m -> memberView(m, snapshot));
        if (member.isEmpty() && history.isEmpty()) {
            throw new NotFound(state.name() + " (" + state + ") has no membership record.");
        }
        return new Views.MemberRecord(member.orElse(null), permanence.assess(state.alpha3(), snapshot.inForce()), history, invitations, removals);
    }

    public List<Views.Invitation> invitations(InvitationStatus status) {
        LocalDate day = Timestamps.dateOf(clock.instant());
        return store.invitations(null).stream().map(r -> r.asOf(day))
                .filter(r -> status == null || r.status() == status).map(this::invitationView).toList();
    }

    public Views.Invitation invitation(InvitationId id) {
        LocalDate day = Timestamps.dateOf(clock.instant());
        return store.invitation(id).map(r -> invitationView(r.asOf(day)))
                .orElseThrow(() -> new NotFound("No invitation " + id + "."));
    }

    public Optional<Views.Invitation> pendingInvitationOf(StateCode state) {
        LocalDate day = Timestamps.dateOf(clock.instant());
        return store.pendingInvitation(state).filter(r -> !r.lapsesBy(day)).map(this::invitationView);
    }

    public List<Views.Removal> removals(RemovalStatus status) {
        var snapshot = snapshot();
        return snapshot.removals().stream().filter(r -> status == null || r.status() == status).map(r -> removalView(r, snapshot)).toList();
    }

    public Views.Removal removal(RemovalId id) {
        var snapshot = snapshot();
        return snapshot.removals().stream().filter(r -> r.id().equals(id)).findFirst().map(r -> removalView(r, snapshot))
                .orElseThrow(() -> new NotFound("No removal " + id + "."));
    }

    /** The removal as it was decided (with the member states it was decided against), or as it stands while open. */
    private Views.Removal removalView(Removal row, Snapshot snapshot) {
        var rule = rules.removal().orElseThrow();
        int members = row.memberStates() != null ? row.memberStates() : (int) snapshot.memberStates();
        return new Views.Removal(row.id().value(), row.state().alpha3(), row.state().name(), row.status(), row.reason(),
                row.proposedOn(), row.vetoEndsOn(), row.decidedOn(), row.proposedBy(), store.vetoes(row.id()), members,
                rule.vetoFraction().smallestShareOf(members),
                "Blocked if " + rule.vetoFraction() + " or more of member states veto it by " + row.vetoEndsOn() + ".");
    }


    public List<Views.Act> recentActs(int limit) {
        return store.recentActs(limit);
    }

    /** Removals still open in which this actor's state may cast a veto. */
    public List<Views.Removal> removalsAwaitingVetoFrom(Actor actor) {
        if (!actor.isDelegate() || !isMember(StateCode.of(actor.state()))) {
            return List.of();
        }
        return removals(RemovalStatus.OPEN).stream().filter(r -> !r.vetoes().contains(actor.state())).toList();
    }

    /** True when the state is a member now (a cheap check for other modules, e.g. before counting a ballot). */
    public boolean isMember(StateCode state) {
        LocalDate day = Timestamps.dateOf(clock.instant());
        var member = store.member(state).filter(Membership::isCurrent);
        if (member.isEmpty()) {
            return false;
        }
        boolean due = store.openRemovalOf(state).filter(r -> r.windowClosedBy(day)).isPresent()
                || (member.get().termEnds() != null && member.get().termEnds().isBefore(day));
        // Only a member the calendar has yet to act on needs the whole record read as of today.
        return !due || snapshot().members().stream().anyMatch(m -> m.state().equals(state) && m.isCurrent());
    }

    /** The member states now and which of them are permanent: what other modules need to count votes. */
    public Views.Standing standing() {
        var snapshot = snapshot();
        var members = new java.util.TreeSet<String>();
        var permanent = new java.util.TreeSet<String>();
        for (Membership m : snapshot.members()) {
            if (m.isCurrent()) {
                members.add(m.state().alpha3());
                if (snapshot.permanent().contains(m.state())) {
                    permanent.add(m.state().alpha3());
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

    private Views.Member memberView(Membership m, Snapshot snapshot) {
        boolean permanent = m.status() == MemberStatus.MEMBER && snapshot.permanent().contains(m.state());
        boolean founding = snapshot.inForce() == null || !m.consentedOn().isAfter(snapshot.inForce());
        RemovalId openRemoval = m.status() == MemberStatus.MEMBER ? snapshot.openRemovalOf().get(m.state()) : null;
        return new Views.Member(m.state().alpha3(), m.state().name(), m.status(), founding, permanent, m.since(),
                permanent ? null : m.termEnds(), m.endedOn(), openRemoval == null ? null : openRemoval.value());
    }

    Views.Invitation invitationView(Invitation r) {
        return new Views.Invitation(r.id().value(), r.state().alpha3(), r.state().name(), r.status(), r.invitedOn(), r.lapsesOn(),
                r.invitedBy(), r.note(), r.answeredOn(), r.answeredBy());
    }
}
