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
import org.peacecouncil.decisions.rules.ApprovalPolicy;
import org.peacecouncil.decisions.rules.BallotPolicy;
import org.peacecouncil.decisions.rules.MotionState;
import org.peacecouncil.decisions.rules.OfficeDecisionPolicy;
import org.peacecouncil.decisions.rules.SittingOfficers;
import org.peacecouncil.decisions.rules.TablingPolicy;
import org.peacecouncil.decisions.rules.TieBreakPolicy;
import org.peacecouncil.decisions.rules.VotingPolicy;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.MemberRecords;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Motions and their amendments, the vote on them and what follows it, all under the charter's decision rule
 * for the motion's kind. A state's ballot is cast only by its own delegation, only while the vote is open and
 * only if the state is a member present in the meeting; it may be changed until the vote closes.
 * (Its length: seven acts on a motion and the motion as readers see it; the rules are the policies in
 * decisions.rules. Still to be split into an aggregate with its transition table — see the README.)
 */
@Service
public class Motions {


    private final DecisionStore store;
    private final Charter charter;
    private final Offices offices;
    private final MemberRecords members;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final DecisionLog log;
    private final JsonMapper json;
    private final java.time.Clock clock;

    Motions(DecisionStore store, Charter charter, Offices offices, MemberRecords members, ApplicationEventPublisher events,
            TransactionTemplate tx, JsonMapper json, DecisionLog log, java.time.Clock clock) {
        this.log = log;
        this.clock = clock;
        this.store = store;
        this.charter = charter;
        this.offices = offices;
        this.members = members;
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
            var sitting = new TablingPolicy.Meeting(meeting.kind(), meeting.status(), actor.isDelegate()
                    && members.isMember(actor.state()) && store.isPresent(meetingId, actor.state()));
            TablingPolicy.Amended amended = null;
            MotionKind motionKind = kind;
            if (amends != null) {
                var parent = store.motion(amends).orElseThrow(() -> new NotFound("No motion " + amends + " to amend."));
                amended = new TablingPolicy.Amended(parent.meetingId().equals(meetingId), parent.amends() != null, parent.status(),
                        isDecidedByOffice(parent.kind()));
                motionKind = parent.kind();
            }
            TablingPolicy.ruling(actor, sitting, amended, motionKind, charter).orRefuse();
            String sponsor = TablingPolicy.sponsor(actor, sitting);
            store.insertMotion(new MotionRow(id, meetingId, amends, motionKind, cleanTitle, cleanText, sponsor, MotionStatus.PROPOSED,
                    null, null, null, null, null, null, actor.username(), at, 0));
            events.publishEvent(new MotionProposed(meetingId, id, amends, motionKind.name(), cleanTitle, cleanText, sponsor,
                    Countries.find(sponsor).isPresent() ? sponsor : null, at, actor.describe()));
            return null;
        });
        return motion(id);
    }

    // ------------------------------------------------------------------ the vote

    /** Puts a motion to the vote until {@code closesAt}; every amendment to it must have been decided first. */
    public Views.Motion openVoting(Actor actor, String motionId, Instant closesAt, Instant at) {
        VotingPolicy.window(actor, closesAt, at, longestVote(), charter).orRefuse();
        settle(at);
        inTransaction(() -> {
            var motion = lock(motionId, MotionState.Act.PUT_TO_THE_VOTE);
            var meeting = store.meeting(motion.meetingId()).orElseThrow();
            var undecided = store.amendmentsOf(motionId).stream().filter(a -> !a.status().isFinal()).map(MotionRow::title).toList();
            VotingPolicy.ruling(new VotingPolicy.Record(motion.kind(), motion.status(), meeting.status(), undecided), ruleOf(motion),
                    charter).orRefuse();
            MotionState.into(MotionState.Act.PUT_TO_THE_VOTE, MotionStatus.VOTING);
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
        String state = alpha3 == null || alpha3.isBlank() ? actor.state() : Countries.require(alpha3).alpha3();
        BallotPolicy.who(actor, state, vote).orRefuse(); // settled before anything is read
        String why = Texts.optional(explanation, "explanation of vote", 4000);
        settle(at);
        return inTransaction(() -> {
            if (store.motion(motionId).isEmpty()) {
                throw new NotFound("No motion " + motionId + ".");
            }
            store.lockMotion(motionId, MotionStatus.VOTING);
            var motion = store.motion(motionId).orElseThrow();
            BallotPolicy.ruling(actor, state, vote, new BallotPolicy.Record(motion.status(), motion.closesAt(),
                    members.isMember(state), store.isPresent(motion.meetingId(), state)), at).orRefuse();
            var replaced = store.castBallot(motionId, state, vote, why, actor.username(), at);
            events.publishEvent(new BallotCast(motion.meetingId(), motionId, vote.name(), why, replaced.map(Vote::name).orElse(null),
                    state, at, actor.describe()));
            return new Views.BallotReceipt(motionId, state, vote, why, at, replaced.orElse(null));
        });
    }

    /** Closes the vote before its deadline. */
    public Views.Motion close(Actor actor, String motionId, Instant at) {
        SittingOfficers.ruling(actor, "close a vote", charter).orRefuse();
        settle(at);
        inTransaction(() -> {
            var motion = lock(motionId, MotionState.Act.CLOSE_THE_VOTE);
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
        MotionStatus status = statusAfter(motion, rule, tally);
        store.closeVoting(motion.id(), MotionState.into(MotionState.Act.CLOSE_THE_VOTE, status), closedAt,
                json.writeValueAsString(tally));
        events.publishEvent(new VotingClosed(motion.meetingId(), motion.id(), status.name(), tally.result().name(), tally.yes(),
                tally.no(), tally.abstain(), tally.present(), tally.members(), tally.basis(), tally.needed(), tally.vetoedBy(),
                tally.arithmetic(), null, recordedAt, actor));
    }

    /** The longest a vote may stay open, as the charter says. */
    Duration longestVote() {
        return Duration.ofDays(charter.meetings().longestVoteDays());
    }

    /** The motion's status once its vote is counted. */
    private static MotionStatus statusAfter(MotionRow motion, DecisionRule rule, Tally tally) {
        return switch (tally.result()) {
            case ADOPTED -> ApprovalPolicy.needed(rule, motion.amends() != null) ? MotionStatus.PENDING_APPROVAL : MotionStatus.ADOPTED;
            case TIED -> MotionStatus.TIE_BREAK;
            case REJECTED -> MotionStatus.REJECTED;
        };
    }

    /**
     * The motion as it stands now: a vote whose deadline has passed reads as closed at its deadline, counted as the
     * calendar will record it, even before the calendar has (reads never write).
     */
    private MotionRow asOfNow(MotionRow m) {
        if (m.status() != MotionStatus.VOTING || clock.instant().isBefore(m.closesAt())) {
            return m;
        }
        var rule = ruleOf(m);
        var tally = Tally.count(rule, electorate(m.meetingId()), ballotsOf(m.id()), charter.chairTitle());
        return new MotionRow(m.id(), m.meetingId(), m.amends(), m.kind(), m.title(), m.body(), m.sponsor(), statusAfter(m, rule, tally),
                m.openedAt(), m.closesAt(), m.closesAt(), json.writeValueAsString(tally), m.tieBreak(), m.decidedBy(), m.proposedBy(),
                m.recordedAt(), m.version());
    }

    /** A motion's summary as it stands now (see {@link #asOfNow}). */
    Views.MotionSummary summaryAsOfNow(MotionRow m) {
        return summary(asOfNow(m));
    }

    // ------------------------------------------------------------------ offices after (or instead of) the vote

    public Views.Motion breakTie(Actor actor, String motionId, Vote vote, Instant at) {
        settle(at);
        var motion = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
        var rule = ruleOf(motion);
        TieBreakPolicy.ruling(actor, rule, vote, MotionStatus.TIE_BREAK, charter).orRefuse(); // who, and with what vote
        inTransaction(() -> {
            var locked = store.lockMotion(motionId, MotionStatus.TIE_BREAK);
            TieBreakPolicy.ruling(actor, rule, vote, locked ? MotionStatus.TIE_BREAK : store.motion(motionId).orElseThrow().status(),
                    charter).orRefuse();
            MotionStatus status = TieBreakPolicy.outcome(vote, ApprovalPolicy.needed(rule, motion.amends() != null));
            store.setStatus(motionId, MotionState.into(MotionState.Act.BREAK_THE_TIE, status), vote, actor.username());
            events.publishEvent(new TieBroken(motion.meetingId(), motionId, vote.name(), status.name(), null, at, actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    public Views.Motion decideApproval(Actor actor, String motionId, boolean approve, Instant at) {
        settle(at);
        var motion = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
        var rule = ruleOf(motion);
        ApprovalPolicy.ruling(actor, rule, MotionStatus.PENDING_APPROVAL, charter).orRefuse(); // who
        inTransaction(() -> {
            boolean locked = store.lockMotion(motionId, MotionStatus.PENDING_APPROVAL);
            ApprovalPolicy.ruling(actor, rule, locked ? MotionStatus.PENDING_APPROVAL : store.motion(motionId).orElseThrow().status(),
                    charter).orRefuse();
            MotionStatus status = approve ? MotionStatus.ADOPTED : MotionStatus.NOT_APPROVED;
            store.setStatus(motionId, MotionState.into(MotionState.Act.DECIDE_APPROVAL, status), null, actor.username());
            events.publishEvent(new ApprovalDecided(motion.meetingId(), motionId, approve, status.name(), null, at, actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    /** Where the charter gives a matter to an office alone (e.g. the Chairman creates subsidiary entities). */
    public Views.Motion decideByOffice(Actor actor, String motionId, boolean adopt, Instant at) {
        var motion = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
        var rule = ruleOf(motion);
        Office office = rule.decidedBy();
        OfficeDecisionPolicy.ruling(actor, motion.kind(), rule, MotionStatus.PROPOSED, charter).orRefuse(); // who
        inTransaction(() -> {
            boolean locked = store.lockMotion(motionId, MotionStatus.PROPOSED);
            OfficeDecisionPolicy.ruling(actor, motion.kind(), rule, locked ? MotionStatus.PROPOSED
                    : store.motion(motionId).orElseThrow().status(), charter).orRefuse();
            MotionStatus status = adopt ? MotionStatus.ADOPTED : MotionStatus.REJECTED;
            store.setStatus(motionId, MotionState.into(MotionState.Act.DECIDE_BY_OFFICE, status), null, actor.username());
            events.publishEvent(new OfficeDecided(motion.meetingId(), motionId, office.name(), adopt, status.name(), null, at,
                    actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    // ------------------------------------------------------------------ reading

    public Views.Motion motion(String motionId) {
        var m = asOfNow(store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + ".")));
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
            if (m.tieBreak() != null) {
                tally = tally.brokenBy(offices.name(rule.tieBreak()), m.tieBreak());
            }
        }
        var notVoting = tally == null ? List.<Views.StateName>of()
                : tally.presentNotVoting().stream().map(state -> new Views.StateName(state, Countries.name(state))).toList();
        String decidedBy = rule.decidedBy() == Office.NONE ? null : offices.name(rule.decidedBy());
        var outcome = new Views.Outcome(m.status(), provisional, tally, decidedBy, m.tieBreak(), summary(m, rule, tally));
        String sponsorName = Countries.find(m.sponsor()).map(c -> c.name())
                .orElse(m.sponsor().equals("CHAIR") ? charter.chairTitle() : "Secretariat");
        var amendments = store.amendmentsOf(motionId).stream().map(this::summaryAsOfNow).toList();
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
            case PENDING_APPROVAL -> (m.tieBreak() != null ? "Adopted on the " + offices.name(rule.tieBreak()) + "'s tie-break vote"
                    : "Adopted by vote") + "; awaiting the approval of the " + offices.name(rule.approvalBy()) + ".";
            case ADOPTED -> m.decidedBy() != null && tally == null ? "Adopted by the " + offices.name(rule.decidedBy()) + "."
                    : "Adopted" + (m.tieBreak() != null ? " on the " + chair + "'s tie-break vote" : "")
                    + (rule.approvalBy() != Office.NONE && m.amends() == null ? " and approved by the " + offices.name(rule.approvalBy()) : "")
                    + ".";
            case REJECTED -> tally == null ? "Rejected by the " + offices.name(rule.decidedBy()) + "."
                    : m.tieBreak() == Vote.NO ? "Rejected on the " + offices.name(rule.tieBreak()) + "'s tie-break vote." : "Rejected.";
            case NOT_APPROVED -> (m.tieBreak() != null ? "Adopted on the " + offices.name(rule.tieBreak()) + "'s tie-break vote"
                    : "Adopted by vote") + " but not approved by the " + offices.name(rule.approvalBy()) + ".";
        };
    }

    /** Member states now, and those of them present in the meeting. Observers never count. */
    Electorate electorate(String meetingId) {
        var standing = members.standing();
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


    private boolean isDecidedByOffice(MotionKind kind) {
        return charter.ruleFor(kind).decidedBy() != Office.NONE;
    }

    private MotionRow lock(String motionId, MotionState.Act act) {
        if (!store.lockMotion(motionId, MotionState.from(act))) {
            var motion = store.motion(motionId).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
            MotionState.ruling(act, motion.status()).orRefuse();
        }
        return store.motion(motionId).orElseThrow();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
