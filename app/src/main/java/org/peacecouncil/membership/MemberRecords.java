package org.peacecouncil.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MembershipRules;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.MembershipStore.InvitationRow;
import org.peacecouncil.membership.MembershipStore.MemberRow;
import org.peacecouncil.membership.MembershipStore.RemovalRow;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Timestamps;
import org.springframework.stereotype.Service;

/**
 * The membership record as readers see it: members, invitations, removals, observers and the council at a glance.
 * Reads never write: they take the stored record and apply the calendar's rules ({@link AsOf}) for today, so a
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
    private record Snapshot(LocalDate day, LocalDate inForce, List<MemberRow> members, java.util.Set<String> permanent,
            List<RemovalRow> removals, java.util.Map<String, String> openRemovalOf) {

        long memberStates() {
            return members.stream().filter(m -> m.status() == MemberStatus.MEMBER).count();
        }
    }

    private Snapshot snapshot() {
        LocalDate day = Timestamps.dateOf(clock.instant());
        LocalDate inForce = store.enteredIntoForce().orElse(null);
        var permanent = new java.util.HashSet<String>();
        var members = new java.util.ArrayList<MemberRow>();
        for (MemberRow m : store.members()) {
            boolean isPermanent = m.status() == MemberStatus.MEMBER && permanence.assess(m.state(), inForce).permanent();
            if (isPermanent) {
                permanent.add(m.state());
            }
            members.add(AsOf.expires(m, isPermanent, day) ? AsOf.expired(m) : m);
        }
        var removals = new java.util.ArrayList<RemovalRow>();
        var openRemovalOf = new java.util.HashMap<String, String>();
        int memberStates = (int) members.stream().filter(m -> m.status() == MemberStatus.MEMBER).count();
        for (RemovalRow removal : store.removals(null)) {
            RemovalRow asOf = removal;
            if (AsOf.windowClosed(removal, day) && rules.removal().isPresent()) {
                var outcome = AsOf.outcome(store.vetoes(removal.id()).size(), memberStates, rules.removal().get().vetoFraction());
                asOf = AsOf.decided(removal, outcome, memberStates);
                if (outcome == RemovalStatus.REMOVED) {
                    members.replaceAll(m -> m.state().equals(removal.state()) && m.status() == MemberStatus.MEMBER
                            ? AsOf.ended(m, MemberStatus.REMOVED, removal.vetoEndsOn().plusDays(1)) : m);
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

    public Views.MemberRecord member(String alpha3) {
        return memberRecord(alpha3);
    }

    Views.MemberRecord memberRecord(String alpha3) {
        String state = Countries.require(alpha3).alpha3();
        var snapshot = snapshot();
        var history = store.historyOf(state);
        var invitations = store.invitationsOf(state).stream().map(r -> invitationView(AsOf.invitation(r, snapshot.day()))).toList();
        var removals = snapshot.removals().stream().filter(r -> r.state().equals(state)).map(r -> removalView(r, snapshot)).toList();
        var member = snapshot.members().stream().filter(m -> m.state().equals(state)).findFirst().map(m -> memberView(m, snapshot));
        if (member.isEmpty() && history.isEmpty()) {
            throw new NotFound(Countries.name(state) + " (" + state + ") has no membership record.");
        }
        return new Views.MemberRecord(member.orElse(null), permanence.assess(state, snapshot.inForce()), history, invitations, removals);
    }

    public List<Views.Invitation> invitations(InvitationStatus status) {
        LocalDate day = Timestamps.dateOf(clock.instant());
        return store.invitations(null).stream().map(r -> AsOf.invitation(r, day))
                .filter(r -> status == null || r.status() == status).map(this::invitationView).toList();
    }

    public Views.Invitation invitation(String id) {
        LocalDate day = Timestamps.dateOf(clock.instant());
        return store.invitation(id).map(r -> invitationView(AsOf.invitation(r, day)))
                .orElseThrow(() -> new NotFound("No invitation " + id + "."));
    }

    public Optional<Views.Invitation> pendingInvitationOf(String state) {
        LocalDate day = Timestamps.dateOf(clock.instant());
        return store.pendingInvitation(state).filter(r -> !AsOf.lapses(r, day)).map(this::invitationView);
    }

    public List<Views.Removal> removals(RemovalStatus status) {
        var snapshot = snapshot();
        return snapshot.removals().stream().filter(r -> status == null || r.status() == status).map(r -> removalView(r, snapshot)).toList();
    }

    public Views.Removal removal(String id) {
        var snapshot = snapshot();
        return snapshot.removals().stream().filter(r -> r.id().equals(id)).findFirst().map(r -> removalView(r, snapshot))
                .orElseThrow(() -> new NotFound("No removal " + id + "."));
    }

    /** The removal as it was decided (with the member states it was decided against), or as it stands while open. */
    private Views.Removal removalView(RemovalRow row, Snapshot snapshot) {
        var rule = rules.removal().orElseThrow();
        int members = row.memberStates() != null ? row.memberStates() : (int) snapshot.memberStates();
        return new Views.Removal(row.id(), row.state(), Countries.name(row.state()), row.status(), row.reason(),
                row.proposedOn(), row.vetoEndsOn(), row.decidedOn(), row.proposedBy(), store.vetoes(row.id()), members,
                rule.vetoFraction().smallestShareOf(members),
                "Blocked if " + rule.vetoFraction() + " or more of member states veto it by " + row.vetoEndsOn() + ".");
    }


    public List<Views.Act> recentActs(int limit) {
        return store.recentActs(limit);
    }

    /** Removals still open in which this actor's state may cast a veto. */
    public List<Views.Removal> removalsAwaitingVetoFrom(Actor actor) {
        if (!actor.isDelegate() || !isMember(actor.state())) {
            return List.of();
        }
        return removals(RemovalStatus.OPEN).stream().filter(r -> !r.vetoes().contains(actor.state())).toList();
    }

    /** True when the state is a member now (a cheap check for other modules, e.g. before counting a ballot). */
    public boolean isMember(String alpha3) {
        LocalDate day = Timestamps.dateOf(clock.instant());
        var member = store.member(alpha3).filter(m -> m.status() == MemberStatus.MEMBER);
        if (member.isEmpty()) {
            return false;
        }
        boolean due = store.openRemovalOf(alpha3).filter(r -> AsOf.windowClosed(r, day)).isPresent()
                || (member.get().termEnds() != null && member.get().termEnds().isBefore(day));
        // Only a member the calendar has yet to act on needs the whole record read as of today.
        return !due || snapshot().members().stream().anyMatch(m -> m.state().equals(alpha3) && m.status() == MemberStatus.MEMBER);
    }

    /** The member states now and which of them are permanent: what other modules need to count votes. */
    public Views.Standing standing() {
        var snapshot = snapshot();
        var members = new java.util.TreeSet<String>();
        var permanent = new java.util.TreeSet<String>();
        for (MemberRow m : snapshot.members()) {
            if (m.status() == MemberStatus.MEMBER) {
                members.add(m.state());
                if (snapshot.permanent().contains(m.state())) {
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

    private Views.Member memberView(MemberRow m, Snapshot snapshot) {
        boolean permanent = m.status() == MemberStatus.MEMBER && snapshot.permanent().contains(m.state());
        boolean founding = snapshot.inForce() == null || !m.consentedOn().isAfter(snapshot.inForce());
        String openRemoval = m.status() == MemberStatus.MEMBER ? snapshot.openRemovalOf().get(m.state()) : null;
        return new Views.Member(m.state(), Countries.name(m.state()), m.status(), founding, permanent, m.since(),
                permanent ? null : m.termEnds(), m.endedOn(), openRemoval);
    }

    Views.Invitation invitationView(InvitationRow r) {
        return new Views.Invitation(r.id(), r.state(), Countries.name(r.state()), r.status(), r.invitedOn(), r.lapsesOn(),
                r.invitedBy(), r.note(), r.answeredOn(), r.answeredBy());
    }
}
