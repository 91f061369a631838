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
import org.peacecouncil.keys.ActSignatures;
import org.peacecouncil.decisions.DecisionEvent.MotionProposed;
import org.peacecouncil.decisions.DecisionEvent.OfficeDecided;
import org.peacecouncil.decisions.DecisionEvent.TieBroken;
import org.peacecouncil.decisions.DecisionEvent.VotingClosed;
import org.peacecouncil.decisions.DecisionEvent.VotingOpened;
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
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Motions and their amendments, the vote on them and what follows it, all under the charter's decision rule
 * for the motion's kind. A state's ballot is cast only by its own delegation, only while the vote is open and
 * only if the state is a member present in the meeting; it may be changed until the vote closes.
 * Each act loads the {@link Motion} aggregate, asks the charter's policy in {@code decisions.rules}, lets the motion
 * make its own transition and saves it with its event in one transaction.
 * (Its length: seven acts on a motion and the motion as readers see it, each a load–ask–write of a few lines.)
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
    private final ActSignatures signatures;

    Motions(DecisionStore store, Charter charter, Offices offices, MemberRecords members, ApplicationEventPublisher events,
            TransactionTemplate tx, JsonMapper json, DecisionLog log, java.time.Clock clock, ActSignatures signatures) {
        this.signatures = signatures;
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
    public Views.Motion propose(Actor actor, MeetingId meetingId, DecisionCommands.TableMotion act, Instant at) {
        settle(at);
        var motion = inTransaction(() -> {
            if (!store.lockMeeting(meetingId.value())) {
                throw new NotFound("No meeting " + meetingId + ".");
            }
            var meeting = store.meeting(meetingId.value()).orElseThrow();
            var sitting = new TablingPolicy.Meeting(meeting.kind(), meeting.status(), actor.isDelegate()
                    && members.isMember(StateCode.of(actor.state())) && store.isPresent(meetingId.value(), actor.state()));
            TablingPolicy.Amended amended = null;
            MotionKind motionKind = act.kind();
            if (act.amends() != null) {
                var parent = store.motion(act.amends().value()).orElseThrow(() -> new NotFound("No motion " + act.amends() + " to amend."));
                amended = new TablingPolicy.Amended(parent.meetingId().equals(meetingId), parent.isAmendment(), parent.status(),
                        isDecidedByOffice(parent.kind()));
                motionKind = parent.kind();
            }
            TablingPolicy.ruling(actor, sitting, amended, motionKind, charter).orRefuse();
            String sponsor = TablingPolicy.sponsor(actor, sitting);
            var tabled = Motion.table(meetingId, act.amends(), motionKind, act.title(), act.text(), sponsor, actor.username(), at);
            store.insertMotion(tabled);
            events.publishEvent(new MotionProposed(meetingId.value(), tabled.id().value(), act.amends() == null ? null : act.amends().value(),
                    motionKind.name(), act.title(), act.text(), sponsor, Countries.find(sponsor).isPresent() ? sponsor : null, at,
                    actor.describe()));
            return tabled;
        });
        return motion(motion.id());
    }

    // ------------------------------------------------------------------ the vote

    /** Puts a motion to the vote until the act's deadline; every amendment to it must have been decided first. */
    public Views.Motion openVoting(Actor actor, MotionId motionId, DecisionCommands.PutToTheVote act, Instant at) {
        Instant closesAt = act.closesAt(at);
        VotingPolicy.window(actor, closesAt, at, longestVote(), charter).orRefuse();
        settle(at);
        inTransaction(() -> {
            var motion = lock(motionId, MotionState.Act.PUT_TO_THE_VOTE);
            var meeting = store.meeting(motion.meetingId().value()).orElseThrow();
            var undecided = store.amendmentsOf(motionId.value()).stream().filter(a -> !a.status().isFinal()).map(Motion::title).toList();
            VotingPolicy.ruling(new VotingPolicy.Record(motion.kind(), motion.status(), meeting.status(), undecided), ruleOf(motion),
                    charter).orRefuse();
            store.save(motion.putToTheVote(at, closesAt));
            events.publishEvent(new VotingOpened(motion.meetingId().value(), motionId.value(), closesAt,
                    Tally.describe(ruleOf(motion), charter.chairTitle()), null, at, actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    /**
     * The delegation's ballot for its state (the act's, or the delegate's own state when the act names none). A second
     * ballot from the same state replaces the first.
     */
    public Views.BallotReceipt cast(Actor actor, MotionId motionId, DecisionCommands.CastBallot act, Instant at) {
        String state = act.state() == null ? actor.state() : act.state().alpha3();
        BallotPolicy.who(actor, state, act.vote()).orRefuse(); // settled before anything is read
        settle(at);
        return inTransaction(() -> {
            if (store.motion(motionId.value()).isEmpty()) {
                throw new NotFound("No motion " + motionId + ".");
            }
            store.lockMotion(motionId.value(), MotionStatus.VOTING);
            var motion = store.motion(motionId.value()).orElseThrow();
            BallotPolicy.ruling(actor, state, act.vote(), new BallotPolicy.Record(motion.status(), motion.closesAt(),
                    members.isMember(StateCode.of(state)), store.isPresent(motion.meetingId().value(), state)), at).orRefuse();
            var replaced = store.castBallot(motionId.value(), state, act.vote(), act.explanation(), actor.username(), at);
            var ballot = new BallotCast(motion.meetingId().value(), motionId.value(), act.vote().name(), act.explanation(),
                    replaced.map(Vote::name).orElse(null), state, at, actor.describe(), act.signature());
            signatures.check(ballot, at);
            events.publishEvent(ballot);
            return new Views.BallotReceipt(motionId.value(), state, act.vote(), act.explanation(), at, replaced.orElse(null));
        });
    }

    /** Closes the vote before its deadline. */
    public Views.Motion close(Actor actor, MotionId motionId, Instant at) {
        SittingOfficers.ruling(actor, "close a vote", charter).orRefuse();
        settle(at);
        inTransaction(() -> {
            var motion = lock(motionId, MotionState.Act.CLOSE_THE_VOTE);
            closeNow(motion, at, at, actor.describe());
            return null;
        });
        return motion(motionId);
    }

    /** Records the close of every vote whose deadline has passed: the calendar's work, and before each command. */
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

    private void closeNow(Motion motion, Instant closedAt, Instant recordedAt, String actor) {
        var tally = tallyOf(motion);
        var closed = closedWith(motion, tally, closedAt);
        store.save(closed);
        events.publishEvent(new VotingClosed(motion.meetingId().value(), motion.id().value(), closed.status().name(), tally.result().name(),
                tally.yes(), tally.no(), tally.abstain(), tally.present(), tally.members(), tally.basis(), tally.needed(), tally.vetoedBy(),
                tally.arithmetic(), null, recordedAt, actor));
    }

    /** The motion's ballots counted under the charter's rule for its kind. */
    private Tally tallyOf(Motion motion) {
        return Tally.count(ruleOf(motion), electorate(motion.meetingId().value()), ballotsOf(motion.id().value()), charter.chairTitle());
    }

    /** The motion closed at {@code closedAt} with this count, in the status the count leaves it. */
    private Motion closedWith(Motion motion, Tally tally, Instant closedAt) {
        return motion.closed(statusAfter(motion, ruleOf(motion), tally), closedAt, json.writeValueAsString(tally));
    }

    /** The longest a vote may stay open, as the charter says. */
    Duration longestVote() {
        return Duration.ofDays(charter.meetings().longestVoteDays());
    }

    /** The motion's status once its vote is counted. */
    private static MotionStatus statusAfter(Motion motion, DecisionRule rule, Tally tally) {
        return switch (tally.result()) {
            case ADOPTED -> ApprovalPolicy.needed(rule, motion.isAmendment()) ? MotionStatus.PENDING_APPROVAL : MotionStatus.ADOPTED;
            case TIED -> MotionStatus.TIE_BREAK;
            case REJECTED -> MotionStatus.REJECTED;
        };
    }

    /**
     * The motion as it stands now: a vote whose deadline has passed reads as closed at its deadline, counted as the
     * calendar will record it, even before the calendar has (reads never write).
     */
    private Motion asOfNow(Motion m) {
        if (m.status() != MotionStatus.VOTING || clock.instant().isBefore(m.closesAt())) {
            return m;
        }
        return closedWith(m, tallyOf(m), m.closesAt());
    }

    /** A motion's summary as it stands now (see {@link #asOfNow}). */
    Views.MotionSummary summaryAsOfNow(Motion m) {
        return summary(asOfNow(m));
    }

    // ------------------------------------------------------------------ offices after (or instead of) the vote

    public Views.Motion breakTie(Actor actor, MotionId motionId, DecisionCommands.BreakTie act, Instant at) {
        settle(at);
        var motion = existing(motionId);
        var rule = ruleOf(motion);
        TieBreakPolicy.ruling(actor, rule, act.vote(), MotionStatus.TIE_BREAK, charter).orRefuse(); // who, and with what vote
        inTransaction(() -> {
            var locked = lock(motionId, MotionState.Act.BREAK_THE_TIE);
            MotionStatus status = TieBreakPolicy.outcome(act.vote(), ApprovalPolicy.needed(rule, motion.isAmendment()));
            store.save(locked.tieBroken(act.vote(), status, actor.username()));
            events.publishEvent(new TieBroken(motion.meetingId().value(), motionId.value(), act.vote().name(), status.name(), null, at,
                    actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    public Views.Motion decideApproval(Actor actor, MotionId motionId, DecisionCommands.DecideApproval act, Instant at) {
        settle(at);
        var motion = existing(motionId);
        var rule = ruleOf(motion);
        ApprovalPolicy.ruling(actor, rule, MotionStatus.PENDING_APPROVAL, charter).orRefuse(); // who
        inTransaction(() -> {
            var locked = lock(motionId, MotionState.Act.DECIDE_APPROVAL);
            MotionStatus status = act.approve() ? MotionStatus.ADOPTED : MotionStatus.NOT_APPROVED;
            store.save(locked.approvalDecided(status, actor.username()));
            events.publishEvent(new ApprovalDecided(motion.meetingId().value(), motionId.value(), act.approve(), status.name(), null, at,
                    actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    /** Where the charter gives a matter to an office alone (e.g. the Chairman creates subsidiary entities). */
    public Views.Motion decideByOffice(Actor actor, MotionId motionId, DecisionCommands.DecideByOffice act, Instant at) {
        var motion = existing(motionId);
        var rule = ruleOf(motion);
        Office office = rule.decidedBy();
        OfficeDecisionPolicy.ruling(actor, motion.kind(), rule, MotionStatus.PROPOSED, charter).orRefuse(); // who
        inTransaction(() -> {
            var locked = lock(motionId, MotionState.Act.DECIDE_BY_OFFICE);
            MotionStatus status = act.adopt() ? MotionStatus.ADOPTED : MotionStatus.REJECTED;
            store.save(locked.decidedByOffice(status, actor.username()));
            events.publishEvent(new OfficeDecided(motion.meetingId().value(), motionId.value(), office.name(), act.adopt(), status.name(),
                    null, at, actor.describe()));
            return null;
        });
        return motion(motionId);
    }

    // ------------------------------------------------------------------ reading

    public Views.Motion motion(MotionId motionId) {
        var m = asOfNow(existing(motionId));
        var meeting = store.meeting(m.meetingId().value()).orElseThrow();
        var rule = ruleOf(m);
        var ballotRows = store.ballots(motionId.value());
        var ballots = ballotRows.stream()
                .map(b -> new Views.Ballot(b.state(), Countries.name(b.state()), b.vote(), b.explanation(), b.castAt(), b.changes()))
                .toList();
        Tally tally = null;
        boolean provisional = m.status() == MotionStatus.VOTING;
        if (provisional) {
            // Counted from the very rows shown, so that the count and the roll-call never disagree.
            var shown = new LinkedHashMap<String, Vote>();
            ballotRows.forEach(b -> shown.put(b.state(), b.vote()));
            tally = Tally.count(rule, electorate(m.meetingId().value()), shown, charter.chairTitle());
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
        var amendments = store.amendmentsOf(motionId.value()).stream().map(this::summaryAsOfNow).toList();
        return new Views.Motion(m.id().value(), m.meetingId().value(), meeting.title(), m.amends() == null ? null : m.amends().value(), m.kind(), m.title(), m.body(), m.sponsor(),
                sponsorName, m.status(), m.openedAt(), m.closesAt(), m.closedAt(), Tally.describe(rule, charter.chairTitle()), ballots, outcome,
                amendments, notVoting, log.ofMotion(motionId.value()), m.version());
    }

    /** The motion's version, which changes with every ballot and every change of status; -1 if there is no such motion. */
    public long version(MotionId motionId) {
        return store.version(motionId.value()).orElse(-1L);
    }

    static Views.MotionSummary summary(Motion m) {
        return new Views.MotionSummary(m.id().value(), m.amends() == null ? null : m.amends().value(), m.kind(), m.title(), m.sponsor(), m.status(), m.closesAt());
    }

    private String summary(Motion m, DecisionRule rule, Tally tally) {
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

    private DecisionRule ruleOf(Motion motion) {
        return charter.ruleFor(motion.kind());
    }


    private boolean isDecidedByOffice(MotionKind kind) {
        return charter.ruleFor(kind).decidedBy() != Office.NONE;
    }

    private Motion existing(MotionId motionId) {
        return store.motion(motionId.value()).orElseThrow(() -> new NotFound("No motion " + motionId + "."));
    }

    /** The motion, locked for this transaction in the status {@code act} expects; refused, naming its status, otherwise. */
    private Motion lock(MotionId motionId, MotionState.Act act) {
        if (!store.lockMotion(motionId.value(), MotionState.from(act))) {
            existing(motionId).expect(act);
        }
        return existing(motionId);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
