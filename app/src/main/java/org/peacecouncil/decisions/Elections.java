package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.DecisionRule.Abstentions;
import org.peacecouncil.charter.ElectionRule;
import org.peacecouncil.decisions.DecisionEvent.ElectionBallotCast;
import org.peacecouncil.keys.ActSignatures;
import org.peacecouncil.decisions.DecisionEvent.ElectionCalled;
import org.peacecouncil.decisions.DecisionEvent.RoundClosed;
import org.peacecouncil.decisions.DecisionEvent.RoundOpened;
import org.peacecouncil.decisions.rules.ElectionBallotPolicy;
import org.peacecouncil.decisions.rules.ElectionPolicy;
import org.peacecouncil.decisions.DecisionStore.CandidateRow;
import org.peacecouncil.decisions.DecisionStore.ElectionRow;
import org.peacecouncil.decisions.DecisionStore.RoundRow;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.MemberRecords;
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.CouncilProblem.RuleViolation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Elections to an office or seat: rounds of secret-free ballots (each state's choice is public, like every vote
 * here) until one candidate reaches the charter's election threshold. Every round is kept with its count.
 * (Its length: the election's five acts and the count of a round; the rules are the policies in decisions.rules.)
 */
@Service
public class Elections {

    /** A closed round's count, stored with the round and shown with it. */
    public record RoundResult(Map<String, Integer> votes, int abstain, int basis, long needed, String elected, String arithmetic) {
    }


    private final DecisionStore store;
    private final Charter charter;
    private final Offices offices;
    private final MemberRecords members;
    private final Motions motions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final DecisionLog log;
    private final JsonMapper json;
    private final java.time.Clock clock;
    private final ActSignatures signatures;

    Elections(DecisionStore store, Charter charter, Offices offices, MemberRecords members, Motions motions,
            ApplicationEventPublisher events, TransactionTemplate tx, JsonMapper json, DecisionLog log, java.time.Clock clock,
            ActSignatures signatures) {
        this.signatures = signatures;
        this.log = log;
        this.clock = clock;
        this.store = store;
        this.charter = charter;
        this.offices = offices;
        this.members = members;
        this.motions = motions;
        this.events = events;
        this.tx = tx;
        this.json = json;
    }

    public Views.Election call(Actor actor, DecisionCommands.CallElection act, Instant at) {
        String meetingId = act.meetingId().value();
        var nominees = act.candidates();
        ElectionPolicy.calling(actor, nominees.size(), charter).orRefuse();
        String cleanSeat = act.seat();
        var candidates = new ArrayList<CandidateRow>();
        for (DecisionCommands.Nominee n : nominees) {
            String state = n.state() == null || n.state().isBlank() ? null : Countries.require(n.state()).alpha3();
            String name = Texts.required(n.name() == null && state != null ? Countries.name(state) : n.name(), "candidate name", 200);
            if (candidates.stream().anyMatch(c -> c.name().equalsIgnoreCase(name))) {
                throw new InvalidRequest("candidates", "The candidate " + name + " is named twice.");
            }
            candidates.add(new CandidateRow(String.valueOf(candidates.size() + 1), name, state, false));
        }
        String id = UUID.randomUUID().toString();
        inTransaction(() -> {
            if (!store.lockMeeting(meetingId)) {
                throw new NotFound("No meeting " + meetingId + ".");
            }
            var meeting = store.meeting(meetingId).orElseThrow();
            ElectionPolicy.inMeeting(meeting.kind(), meeting.status()).orRefuse();
            store.insertElection(new ElectionRow(id, meetingId, cleanSeat, ElectionStatus.NOMINATING, null, actor.username()),
                    candidates, at);
            events.publishEvent(new ElectionCalled(meetingId, id, cleanSeat, candidates.stream().map(CandidateRow::name).toList(),
                    charter.elections().describe(), null, at, actor.describe()));
            return null;
        });
        return election(new ElectionId(id));
    }

    /** Opens the next round until the act's deadline; the candidates it names as withdrawn stand down first. */
    public Views.Election openRound(Actor actor, ElectionId id, DecisionCommands.OpenRound act, Instant at) {
        String electionId = id.value();
        Instant closesAt = act.closesAt(at);
        List<String> withdrawn = act.withdrawn();
        ElectionPolicy.roundWindow(actor, closesAt, at, motions.longestVote(), charter).orRefuse();
        settle(at);
        inTransaction(() -> {
            var election = store.election(electionId).orElseThrow(() -> new NotFound("No election " + electionId + "."));
            boolean locked = store.lockElection(electionId, ElectionStatus.NOMINATING)
                    || store.lockElection(electionId, ElectionStatus.BETWEEN_ROUNDS);
            ElectionPolicy.openingRound(locked ? ElectionStatus.NOMINATING : election.status(),
                    store.meeting(election.meetingId()).orElseThrow().status()).orRefuse();
            var candidates = store.candidates(electionId);
            for (String c : withdrawn == null ? List.<String>of() : withdrawn) {
                if (candidates.stream().noneMatch(k -> k.id().equals(c))) {
                    throw new InvalidRequest("candidates", "No candidate " + c + " in this election.");
                }
                store.withdrawCandidate(electionId, c);
            }
            var standing = store.candidates(electionId).stream().filter(c -> !c.withdrawn()).map(CandidateRow::name).toList();
            ElectionPolicy.standing(standing.size()).orRefuse();
            int round = store.rounds(electionId).size() + 1;
            store.openRound(electionId, round, at, closesAt);
            store.setElectionStatus(electionId, ElectionStatus.VOTING, null);
            events.publishEvent(new RoundOpened(election.meetingId(), electionId, round, standing, closesAt, null, at, actor.describe()));
            return null;
        });
        return election(id);
    }

    /** The delegation's ballot in the current round: a candidate's id, or null to abstain. */
    public Views.Election cast(Actor actor, ElectionId id, DecisionCommands.CastElectionBallot act, Instant at) {
        String electionId = id.value();
        String candidateId = act.candidate();
        ElectionBallotPolicy.delegation(actor).orRefuse();
        String state = act.state() == null ? actor.state() : act.state().alpha3();
        ElectionBallotPolicy.who(actor, state).orRefuse();
        settle(at);
        inTransaction(() -> {
            var election = store.election(electionId).orElseThrow(() -> new NotFound("No election " + electionId + "."));
            boolean open = store.lockElection(electionId, ElectionStatus.VOTING);
            var round = open ? currentRound(electionId) : null;
            boolean stands = candidateId == null
                    || store.candidates(electionId).stream().anyMatch(c -> c.id().equals(candidateId) && !c.withdrawn());
            ElectionBallotPolicy.ruling(state, candidateId, new ElectionBallotPolicy.Record(open, open ? round.closesAt() : null, stands,
                    members.isMember(StateCode.of(state)), store.isPresent(election.meetingId(), state)), at).orRefuse();
            store.castElectionBallot(electionId, round.round(), state, candidateId, actor.username(), at);
            var ballot = new ElectionBallotCast(election.meetingId(), electionId, round.round(),
                    candidateId == null ? null : candidateName(electionId, candidateId), state, at, actor.describe(), act.signature());
            signatures.check(ballot, at);
            events.publishEvent(ballot);
            return null;
        });
        return election(id);
    }

    public Views.Election closeRound(Actor actor, ElectionId id, Instant at) {
        String electionId = id.value();
        offices.requireOfficer(actor, "close a round");
        settle(at);
        inTransaction(() -> {
            store.election(electionId).orElseThrow(() -> new NotFound("No election " + electionId + "."));
            if (!store.lockElection(electionId, ElectionStatus.VOTING)) {
                throw new RuleViolation("round-not-open", "No round of this election is open.");
            }
            closeNow(electionId, at, at, actor.describe());
            return null;
        });
        return election(id);
    }

    /** Closes every round whose deadline has passed. */
    public void settle(Instant at) {
        for (RoundRow round : store.roundsEndedBy(at)) {
            inTransaction(() -> {
                if (store.lockElection(round.electionId(), ElectionStatus.VOTING)) {
                    closeNow(round.electionId(), round.closesAt(), at, "council");
                }
                return null;
            });
        }
    }

    private void closeNow(String electionId, Instant closedAt, Instant recordedAt, String actor) {
        var election = store.election(electionId).orElseThrow();
        var round = currentRound(electionId);
        var result = count(charter.elections(), motions.electorate(election.meetingId()), store.candidates(electionId),
                store.electionBallots(electionId, round.round()));
        store.closeRound(electionId, round.round(), closedAt, json.writeValueAsString(result));
        store.setElectionStatus(electionId, result.elected() == null ? ElectionStatus.BETWEEN_ROUNDS : ElectionStatus.ELECTED,
                result.elected());
        events.publishEvent(new RoundClosed(election.meetingId(), electionId, round.round(), result.votes(), result.abstain(),
                result.basis(), result.needed(), result.elected(), result.arithmetic(), null, recordedAt, actor));
    }

    /** The count of one round under the charter's election rule. */
    static RoundResult count(ElectionRule rule, Electorate electorate, List<CandidateRow> candidates,
            List<DecisionStore.ElectionBallotRow> ballots) {
        var votes = new LinkedHashMap<String, Integer>();
        candidates.stream().filter(c -> !c.withdrawn()).forEach(c -> votes.put(c.name(), 0));
        int abstain = 0;
        for (var b : ballots) {
            if (!electorate.present().contains(b.state())) {
                continue;
            }
            if (b.candidateId() == null) {
                abstain++;
            } else {
                candidates.stream().filter(c -> c.id().equals(b.candidateId())).findFirst()
                        .ifPresent(c -> votes.merge(c.name(), 1, Integer::sum));
            }
        }
        int cast = votes.values().stream().mapToInt(Integer::intValue).sum();
        int basis = switch (rule.basis()) {
            case PRESENT_AND_VOTING -> cast + (rule.abstentions() == Abstentions.COUNTED ? abstain : 0);
            case PRESENT -> electorate.present().size();
            case ALL_MEMBERS -> electorate.members();
        };
        long needed = basis == 0 ? 1 : rule.votesNeeded(basis);
        int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        var leaders = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        String elected = leaders.size() == 1 && rule.reachedBy(best, basis) ? leaders.get(0) : null;
        var words = new StringBuilder();
        votes.forEach((name, n) -> words.append(name).append(' ').append(n).append(", "));
        words.append("abstaining ").append(abstain).append(". Basis: ").append(basis).append("; needed: ").append(needed)
                .append(" (").append(rule.describe()).append("). ");
        words.append(elected != null ? elected + " is elected with " + best + "."
                : leaders.size() > 1 && best > 0 && rule.reachedBy(best, basis) ? "Tie between " + String.join(" and ", leaders) + ": no one is elected; another round is needed."
                : "No candidate reached " + needed + ": another round is needed.");
        return new RoundResult(votes, abstain, basis, needed, elected, words.toString());
    }

    // ------------------------------------------------------------------ reading

    public List<Views.ElectionSummary> elections() {
        return store.elections(null).stream().map(e -> summaryAsOfNow(e.id())).toList();
    }

    /** An election's summary as it stands now: a round past its deadline reads as closed (see {@link #election}). */
    Views.ElectionSummary summaryAsOfNow(String electionId) {
        var e = election(new ElectionId(electionId));
        return new Views.ElectionSummary(e.id(), e.seat(), e.status(), e.elected(), e.rounds().size());
    }

    public Views.Election election(ElectionId id) {
        String electionId = id.value();
        var e = store.election(electionId).orElseThrow(() -> new NotFound("No election " + electionId + "."));
        var candidates = store.candidates(electionId);
        var rounds = new ArrayList<Views.Round>();
        // A round whose deadline has passed reads as closed at its deadline, counted as the calendar will record it.
        Instant now = clock.instant();
        ElectionStatus status = e.status();
        String elected = e.elected();
        for (RoundRow stored : store.rounds(electionId)) {
            RoundRow r = stored;
            if (r.result() == null && r.closesAt() != null && !now.isBefore(r.closesAt())) {
                var result = count(charter.elections(), motions.electorate(e.meetingId()), candidates,
                        store.electionBallots(electionId, r.round()));
                r = new RoundRow(r.electionId(), r.round(), r.openedAt(), r.closesAt(), r.closesAt(), json.writeValueAsString(result));
                status = result.elected() == null ? ElectionStatus.BETWEEN_ROUNDS : ElectionStatus.ELECTED;
                elected = result.elected();
            }
            var ballots = store.electionBallots(electionId, r.round()).stream()
                    .map(b -> new Views.ElectionBallot(b.state(), Countries.name(b.state()),
                            b.candidateId() == null ? null : candidateName(candidates, b.candidateId()), b.castAt()))
                    .toList();
            RoundResult result = r.result() == null
                    ? count(charter.elections(), motions.electorate(e.meetingId()), candidates, store.electionBallots(electionId, r.round()))
                    : json.readValue(r.result(), RoundResult.class);
            rounds.add(new Views.Round(r.round(), r.openedAt(), r.closesAt(), r.closedAt(), result.votes(), result.abstain(),
                    result.basis(), result.needed(), r.result() == null ? null : result.elected(),
                    (r.result() == null ? "Count so far: " : "") + result.arithmetic(), ballots));
        }
        return new Views.Election(e.id(), e.meetingId(), e.seat(), status, elected, charter.elections().describe(),
                candidates.stream().map(c -> new Views.Candidate(c.id(), c.name(), c.state(), c.withdrawn())).toList(), rounds,
                log.ofElection(electionId));
    }

    private RoundRow currentRound(String electionId) {
        var rounds = store.rounds(electionId);
        return rounds.get(rounds.size() - 1);
    }

    private String candidateName(String electionId, String candidateId) {
        return candidateName(store.candidates(electionId), candidateId);
    }

    private static String candidateName(List<CandidateRow> candidates, String candidateId) {
        return candidates.stream().filter(c -> c.id().equals(candidateId)).map(CandidateRow::name).findFirst().orElse(candidateId);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

}
