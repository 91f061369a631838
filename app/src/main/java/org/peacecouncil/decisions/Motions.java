package org.peacecouncil.decisions;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.DecisionRule;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.charter.Office;
import org.peacecouncil.decisions.DecisionEvent.ApprovalDecided;
import org.peacecouncil.decisions.DecisionEvent.BallotCast;
import org.peacecouncil.decisions.DecisionEvent.MotionProposed;
import org.peacecouncil.decisions.DecisionEvent.OfficeDecided;
import org.peacecouncil.decisions.DecisionEvent.TieBroken;
import org.peacecouncil.decisions.DecisionEvent.VotingClosed;
import org.peacecouncil.decisions.DecisionEvent.VotingOpened;
import org.peacecouncil.decisions.DecisionStore.MotionRow;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.membership.Memberships;
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.CouncilProblem.NotPermitted;
import org.peacecouncil.platform.CouncilProblem.RuleViolation;
import org.peacecouncil.platform.Countries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Motions and their amendments, the vote on them and what follows it, all under the charter's decision rule
 * for the motion's kind. A state's ballot is cast only by its own delegation, only while the vote is open and
 * only if the state is a member present in the meeting; it may be changed until the vote closes.
 */
@Service
public class Motions {

    static final Duration LONGEST_VOTE = Duration.ofDays(7);

    private final DecisionStore store;
    private final Charter charter;
    private final Offices offices;
    private final Memberships memberships;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final DecisionLog log;
    private final JsonMapper json;

    Motions(DecisionStore store, Charter charter, Offices offices, Memberships memberships, ApplicationEventPublisher events,
            TransactionTemplate tx, JsonMapper json, DecisionLog log) {
        this.log = log;
        this.store = store;
        this.charter = charter;
        this.offices = offices;
        this.memberships = memberships;
        this.events = events;
        this.tx = tx;
        this.json = json;
    }

    // ------------------------------------------------------------------ proposing

    /**
     * Tables a motion, or with {@code amends} an amendment to a motion not yet put to the vote. A delegation
     * present in the meeting sponsors it for its state; the Chair and the secretariat table in their office's name.
     */
    public Views.Motion propose(Actor actor, String meetingId, MotionKind kind, String title, String text, String amends,
            Instant at) {
        settle(at);
        String cleanTitle = Texts.required(title, "title", 300);
        String cleanText = Texts.required(text, "text", 20_000);
        String id = UUID.randomUUID().toString();
        inTransaction(() -> {
            if (!store.lockMeeting(meetingId)) {
                throw new NotFound("No meeting " + meetingId + ".");
            }
            var meeting = store.meeting(meetingId).orElseThrow();
            if (meeting.kind() != MeetingKind.VOTING) {
                throw new RuleViolation("consultative-meeting", "A consultative meeting takes no decisions; call a voting meeting.");
            }
            if (meeting.status() == MeetingStatus.ADJOURNED) {
                throw new RuleViolation("meeting-adjourned", "This meeting has been adjourned.");
            }
            String sponsor = sponsor(actor, meetingId);
            MotionKind motionKind = kind;
            if (amends != null) {
                var parent = store.motion(amends).orElseThrow(() -> new NotFound("No motion " + amends + " to amend."));
                if (!parent.meetingId().equals(meetingId) || parent.amends() != null) {
                    throw new RuleViolation("not-amendable", "An amendment amends a motion of the same meeting, not another amendment.");
                }
                if (parent.status() != MotionStatus.PROPOSED || isDecidedByOffice(parent.kind())) {
                    throw new RuleViolation("not-amendable", "Only a motion not yet put to the vote, and decided by vote, can be amended.");
                }
                motionKind = parent.kind();
            }
            if (motionKind == null) {
                throw new InvalidRequest("missing-field", "Give the motion's kind: one of " + List.of(MotionKind.values()) + ".");
            }
            store.insertMotion(new MotionRow(id, meetingId, amends, motionKind, cleanTitle, cleanText, sponsor, MotionStatus.PROPOSED,
                    null, null, null, null, null, null, actor.username(), at, 0));
            events.publishEvent(new MotionProposed(meetingId, id, amends, motionKind.name(), cleanTitle, cleanText, sponsor,
                    Countries.find(sponsor).isPresent() ? sponsor : null, at, actor.describe()));
            return null;
        });
        return motion(id);
    }

    private String sponsor(Actor actor, String meetingId) {
        if (actor.is(Role.CHAIR)) {
            return "CHAIR";
        }
        if (actor.is(Role.SECRETARIAT)) {
            return "SECRETARIAT";
        }
        if (actor.isDelegate() && memberships.isMember(actor.state()) && store.isPresent(meetingId, actor.state())) {
            return actor.state();
        }
        throw new NotPermitted("not-present", "Only a member delegation present in the meeting, the " + charter.chairTitle()
                + " or the secretariat may table a motion.");
    }

    // ------------------------------------------------------------------ the vote

    /** Puts a motion to the vote until {@code closesAt}; every amendment to it must have been decided first. */
    public Views.Motion openVoting(Actor actor, String motionId, Instant closesAt, Instant at) {
        offices.requireOfficer(actor, "put a motion to the vote");
        settle(at);
        if (closesAt == null || !closesAt.isAfter(at) || closesAt.isAfter(at.plus(LONGEST_VOTE))) {
            throw new InvalidRequest("voting-window", "A vote closes after it opens and within " + LONGEST_VOTE.toDays() + " days.");
        }
        inTransaction(() -> {
            var motion = lock(motionId, MotionStatus.PROPOSED, "is not waiting to be put to the vote");
            if (isDecidedByOffice(motion.kind())) {
                Office office = charter.ruleFor(motion.kind()).decidedBy();
                throw new RuleViolation("decided-by-office", "Under this charter the " + offices.name(office) + " decides "
                        + motion.kind() + " matters alone; there is no vote.");
            }
            var meeting = store.meeting(motion.meetingId()).orElseThrow();
            if (meeting.status() != MeetingStatus.IN_SESSION) {
                throw new RuleViolation("meeting-not-in-session", "Votes are taken only while the meeting is in session.");
            }
            var undecided = store.amendmentsOf(motionId).stream().filter(a -> !a.status().isFinal()).map(MotionRow::title).toList();
            if (!undecided.isEmpty()) {
                throw new RuleViolation("amendments-undecided", "Decide the amendments first: " + String.join("; ", undecided) + ".");
            }
            store.openVoting(motionId, at, closesAt);
            events.publishEvent(new VotingOpened(motion.meetingId(), motionId, closesAt, Tally.describe(ruleOf(motion), charter.chairTitle()), null, at,
                    actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    /**
     * The delegation's ballot for its state ({@code alpha3}, or the delegate's own state when null). A second
     * ballot from the same state replaces the first.
     */
    public Views.BallotReceipt cast(Actor actor, String motionId, String alpha3, Vote vote, String explanation, Instant at) {
        if (!actor.isDelegate()) {
            throw new NotPermitted("delegates-vote", "Only a member state's delegation casts its ballot.");
        }
        String state = alpha3 == null || alpha3.isBlank() ? actor.state() : Countries.require(alpha3).alpha3();
        offices.requireOwnDelegate(actor, state, "vote");
        if (vote == null) {
            throw new InvalidRequest("missing-field", "Give the vote: YES, NO or ABSTAIN.");
        }
        String why = Texts.optional(explanation, "explanation of vote", 4000);
        settle(at);
        return inTransaction(() -> {
            if (store.motion(motionId).isEmpty()) {
                throw new NotFound("No motion " + motionId + ".");
            }
            var motion = lock(motionId, MotionStatus.VOTING, "is not open for voting");
            if (!at.isBefore(motion.closesAt())) {
                throw new RuleViolation("voting-closed", "Voting on this motion closed at " + motion.closesAt() + ".");
            }
            if (!memberships.isMember(state)) {
                throw new RuleViolation("not-a-member", Countries.name(state) + " is not a member; only member states vote.");
            }
            if (!store.isPresent(motion.meetingId(), state)) {
                throw new RuleViolation("not-present", Countries.name(state) + " is not present in this meeting, so it cannot vote"
                        + " (register the delegation's attendance; an alternate needs approval first).");
            }
            var replaced = store.castBallot(motionId, state, vote, why, actor.username(), at);
            events.publishEvent(new BallotCast(motion.meetingId(), motionId, vote.name(), why, replaced.map(Vote::name).orElse(null),
                    state, at, actor.describe()));
            return new Views.BallotReceipt(motionId, state, vote, why, at, replaced.orElse(null));
        });
    }

    /** Closes the vote before its deadline. */
    public Views.Motion close(Actor actor, String motionId, Instant at) {
        offices.requireOfficer(actor, "close a vote");
        settle(at);
        inTransaction(() -> {
            var motion = lock(motionId, MotionStatus.VOTING, "is not open for voting");
            closeNow(motion, at, at, actor.describe());
            return null;
        });
        return motion(motionId);
    }

    /** Closes every vote whose deadline has passed: called before each command and read, and every second. */
    public void settle(Instant at) {
        for (String id : store.votingEndedBy(at)) {
            inTransaction(() -> {
                if (store.lockMotion(id, MotionStatus.VOTING)) {
                    var motion = store.motion(id).orElseThrow();
                    closeNow(motion, motion.closesAt(), at, "council");
                }
                return null;
            });
        }
    }

    private void closeNow(MotionRow motion, Instant closedAt, Instant recordedAt, String actor) {
        var rule = ruleOf(motion);
        var tally = Tally.count(rule, electorate(motion.meetingId()), ballotsOf(motion.id()), charter.chairTitle());
        MotionStatus status = switch (tally.result()) {
            case ADOPTED -> needsApproval(motion, rule) ? MotionStatus.PENDING_APPROVAL : MotionStatus.ADOPTED;
            case TIED -> MotionStatus.TIE_BREAK;
            case REJECTED -> MotionStatus.REJECTED;
        };
        store.closeVoting(motion.id(), status, closedAt, json.writeValueAsString(tally));
        events.publishEvent(new VotingClosed(motion.meetingId(), motion.id(), status.name(), tally.result().name(), tally.yes(),
                tally.no(), tally.abstain(), tally.present(), tally.members(), tally.basis(), tally.needed(), tally.vetoedBy(),
                tally.arithmetic(), null, recordedAt, actor));
    }

    // ------------------------------------------------------------------ offices after (or instead of) the vote

    public Views.Motion breakTie(Actor actor, String motionId, Vote vote, Instant at) {
        settle(at);
        var motion = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
        var rule = ruleOf(motion);
        offices.require(actor, rule.tieBreak(), "break a tie");
        if (vote != Vote.YES && vote != Vote.NO) {
            throw new InvalidRequest("tie-break-vote", "A tie-break vote is YES or NO.");
        }
        inTransaction(() -> {
            lock(motionId, MotionStatus.TIE_BREAK, "is not tied");
            MotionStatus status = vote == Vote.NO ? MotionStatus.REJECTED
                    : needsApproval(motion, rule) ? MotionStatus.PENDING_APPROVAL : MotionStatus.ADOPTED;
            store.setStatus(motionId, status, vote, actor.username());
            events.publishEvent(new TieBroken(motion.meetingId(), motionId, vote.name(), status.name(), null, at, actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    public Views.Motion decideApproval(Actor actor, String motionId, boolean approve, Instant at) {
        settle(at);
        var motion = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
        offices.require(actor, ruleOf(motion).approvalBy(), "approve decisions");
        inTransaction(() -> {
            lock(motionId, MotionStatus.PENDING_APPROVAL, "is not awaiting approval");
            MotionStatus status = approve ? MotionStatus.ADOPTED : MotionStatus.NOT_APPROVED;
            store.setStatus(motionId, status, null, actor.username());
            events.publishEvent(new ApprovalDecided(motion.meetingId(), motionId, approve, status.name(), null, at, actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    /** Where the charter gives a matter to an office alone (e.g. the Chairman creates subsidiary entities). */
    public Views.Motion decideByOffice(Actor actor, String motionId, boolean adopt, Instant at) {
        var motion = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
        Office office = ruleOf(motion).decidedBy();
        if (office == Office.NONE) {
            throw new RuleViolation("decided-by-vote", "Under this charter " + motion.kind() + " motions are decided by vote.");
        }
        offices.require(actor, office, "decide " + motion.kind() + " matters");
        inTransaction(() -> {
            lock(motionId, MotionStatus.PROPOSED, "has already been decided");
            MotionStatus status = adopt ? MotionStatus.ADOPTED : MotionStatus.REJECTED;
            store.setStatus(motionId, status, null, actor.username());
            events.publishEvent(new OfficeDecided(motion.meetingId(), motionId, office.name(), adopt, status.name(), null, at,
                    actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    // ------------------------------------------------------------------ reading

    public Views.Motion motion(String motionId) {
        var m = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
        var meeting = store.meeting(m.meetingId()).orElseThrow();
        var rule = ruleOf(m);
        var ballotRows = store.ballots(motionId);
        var ballots = ballotRows.stream()
                .map(b -> new Views.Ballot(b.state(), Countries.name(b.state()), b.vote(), b.explanation(), b.castAt(), b.changes()))
                .toList();
        Tally tally = null;
        boolean provisional = m.status() == MotionStatus.VOTING;
        if (provisional) {
            // Counted from the very rows shown, so that the count and the roll-call never disagree.
            var shown = new LinkedHashMap<String, Vote>();
            ballotRows.forEach(b -> shown.put(b.state(), b.vote()));
            tally = Tally.count(rule, electorate(m.meetingId()), shown, charter.chairTitle());
        } else if (m.tally() != null) {
            tally = json.readValue(m.tally(), Tally.class);
        }
        var notVoting = tally == null ? List.<Views.StateName>of()
                : tally.presentNotVoting().stream().map(state -> new Views.StateName(state, Countries.name(state))).toList();
        String decidedBy = rule.decidedBy() == Office.NONE ? null : offices.name(rule.decidedBy());
        var outcome = new Views.Outcome(m.status(), provisional, tally, decidedBy, m.tieBreak(), summary(m, rule, tally));
        String sponsorName = Countries.find(m.sponsor()).map(c -> c.name())
                .orElse(m.sponsor().equals("CHAIR") ? charter.chairTitle() : "Secretariat");
        var amendments = store.amendmentsOf(motionId).stream().map(Motions::summary).toList();
        return new Views.Motion(m.id(), m.meetingId(), meeting.title(), m.amends(), m.kind(), m.title(), m.body(), m.sponsor(),
                sponsorName, m.status(), m.openedAt(), m.closesAt(), m.closedAt(), Tally.describe(rule, charter.chairTitle()), ballots, outcome,
                amendments, notVoting, log.ofMotion(motionId), m.version());
    }

    /** The motion's version, which changes with every ballot and every change of status; -1 if there is no such motion. */
    public long version(String motionId) {
        return store.version(motionId).orElse(-1L);
    }

    static Views.MotionSummary summary(MotionRow m) {
        return new Views.MotionSummary(m.id(), m.amends(), m.kind(), m.title(), m.sponsor(), m.status(), m.closesAt());
    }

    private String summary(MotionRow m, DecisionRule rule, Tally tally) {
        String chair = charter.chairTitle();
        return switch (m.status()) {
            case PROPOSED -> rule.decidedBy() != Office.NONE ? "For the " + offices.name(rule.decidedBy()) + " to decide."
                    : "Not yet put to the vote.";
            case VOTING -> "Voting is open until " + Texts.when(m.closesAt()) + ". If it closed now, the motion would be "
                    + (tally.result() == Tally.Result.ADOPTED ? "adopted" : tally.result() == Tally.Result.TIED ? "tied" : "not adopted") + ".";
            case TIE_BREAK -> "Tied: awaiting the " + offices.name(rule.tieBreak()) + "'s tie-break vote.";
            case PENDING_APPROVAL -> "Adopted by vote; awaiting the approval of the " + offices.name(rule.approvalBy()) + ".";
            case ADOPTED -> m.decidedBy() != null && tally == null ? "Adopted by the " + offices.name(rule.decidedBy()) + "."
                    : "Adopted" + (m.tieBreak() != null ? " on the " + chair + "'s tie-break vote" : "")
                    + (rule.approvalBy() != Office.NONE && m.amends() == null ? " and approved by the " + offices.name(rule.approvalBy()) : "")
                    + ".";
            case REJECTED -> tally == null ? "Rejected by the " + offices.name(rule.decidedBy()) + "."
                    : m.tieBreak() == Vote.NO ? "Rejected on the tie-break vote." : "Rejected.";
            case NOT_APPROVED -> "Adopted by vote but not approved by the " + offices.name(rule.approvalBy()) + ".";
        };
    }

    /** Member states now, and those of them present in the meeting. Observers never count. */
    Electorate electorate(String meetingId) {
        var standing = memberships.standing();
        var present = new TreeSet<String>();
        for (var a : store.attendance(meetingId)) {
            if (a.capacity() != Capacity.OBSERVER && a.status() == AttendanceStatus.PRESENT && standing.members().contains(a.state())) {
                present.add(a.state());
            }
        }
        return new Electorate(standing.members().size(), present, standing.permanent());
    }

    private Map<String, Vote> ballotsOf(String motionId) {
        var ballots = new LinkedHashMap<String, Vote>();
        store.ballots(motionId).forEach(b -> ballots.put(b.state(), b.vote()));
        return ballots;
    }

    private DecisionRule ruleOf(MotionRow motion) {
        return charter.ruleFor(motion.kind());
    }

    /** An amendment only changes the text before the vote on the motion; the motion's adoption is what needs approval. */
    private static boolean needsApproval(MotionRow motion, DecisionRule rule) {
        return rule.approvalBy() != Office.NONE && motion.amends() == null;
    }

    private boolean isDecidedByOffice(MotionKind kind) {
        return charter.ruleFor(kind).decidedBy() != Office.NONE;
    }

    private MotionRow lock(String motionId, MotionStatus expected, String otherwise) {
        if (!store.lockMotion(motionId, expected)) {
            var motion = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
            throw new RuleViolation("motion-" + motion.status().name().toLowerCase().replace('_', '-'),
                    "This motion " + otherwise + " (it is " + motion.status().name().toLowerCase().replace('_', ' ') + ").");
        }
        return store.motion(motionId).orElseThrow();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
