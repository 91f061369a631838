package org.peacecouncil.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.CharterReader;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.decisions.Tally.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One engine, three charters: each row is a vote (who is present, how each voted) and the result the charter
 * gives. Read a row as: under this charter, for a motion of this kind, with these ballots, the motion is ...
 */
class DecisionRulesTests {

    private static final Charter BOARD_OF_PEACE = charter("board-of-peace");
    private static final Charter SECURITY_COUNCIL = charter("security-council");
    private static final Charter CONSENSUS = charter("consensus");

    /** The Security Council's fifteen: five permanent members and ten elected ones. */
    private static final List<String> FIFTEEN = List.of("CHN", "FRA", "RUS", "GBR", "USA",
            "ALB", "BRA", "ECU", "GAB", "GHA", "IND", "JPN", "MLT", "MOZ", "ARE");
    private static final Set<String> PERMANENT = Set.of("CHN", "FRA", "RUS", "GBR", "USA");

    static Stream<Arguments> votes() {
        return Stream.of(
                // ---------------- Board of Peace: majority of members present and voting; abstentions not counted
                arguments("BoP: more YES than NO", BOARD_OF_PEACE, MotionKind.BUDGET, 27, votes(14, 13, 0, 0), Result.ADOPTED),
                arguments("BoP: abstentions do not count against", BOARD_OF_PEACE, MotionKind.BUDGET, 27, votes(3, 2, 20, 2), Result.ADOPTED),
                arguments("BoP: tie goes to the Chairman", BOARD_OF_PEACE, MotionKind.INITIATIVE, 27, votes(10, 10, 7, 0), Result.TIED),
                arguments("BoP: one NO more", BOARD_OF_PEACE, MotionKind.BUDGET, 27, votes(10, 11, 0, 0), Result.REJECTED),
                arguments("BoP: all abstain", BOARD_OF_PEACE, MotionKind.BUDGET, 27, votes(0, 0, 27, 0), Result.REJECTED),
                arguments("BoP: nobody votes", BOARD_OF_PEACE, MotionKind.BUDGET, 27, votes(0, 0, 0, 27), Result.REJECTED),
                arguments("BoP: a single YES among abstentions", BOARD_OF_PEACE, MotionKind.BUDGET, 27, votes(1, 0, 26, 0), Result.ADOPTED),
                // ---------------- Security Council: nine YES of fifteen, no permanent member's NO
                arguments("SC: nine YES, no NO", SECURITY_COUNCIL, MotionKind.INITIATIVE, 15,
                        council(Map.of("YES", 9, "ABSTAIN", 6), List.of()), Result.ADOPTED),
                arguments("SC: eight YES", SECURITY_COUNCIL, MotionKind.INITIATIVE, 15,
                        council(Map.of("YES", 8, "ABSTAIN", 7), List.of()), Result.REJECTED),
                arguments("SC: fourteen YES and a permanent member's NO", SECURITY_COUNCIL, MotionKind.INITIATIVE, 15,
                        council(Map.of("YES", 14), List.of("RUS")), Result.REJECTED),
                arguments("SC: an elected member's NO is not a veto", SECURITY_COUNCIL, MotionKind.INITIATIVE, 15,
                        council(Map.of("YES", 13, "ABSTAIN", 1), List.of("ALB")), Result.ADOPTED),
                arguments("SC: a permanent member's abstention is not a veto (13-0-2, resolution 2803)", SECURITY_COUNCIL,
                        MotionKind.INITIATIVE, 15, abstaining(List.of("RUS", "CHN")), Result.ADOPTED),
                arguments("SC: procedural, any nine, a permanent NO does not veto", SECURITY_COUNCIL, MotionKind.PROCEDURAL, 15,
                        council(Map.of("YES", 9, "ABSTAIN", 5), List.of("CHN")), Result.ADOPTED),
                arguments("SC: all abstain", SECURITY_COUNCIL, MotionKind.INITIATIVE, 15,
                        council(Map.of("ABSTAIN", 15), List.of()), Result.REJECTED),
                arguments("SC: nine YES needed of all members, absent ones too", SECURITY_COUNCIL, MotionKind.INITIATIVE, 15,
                        present(FIFTEEN.subList(5, 14), Vote.YES), Result.ADOPTED),
                arguments("SC: the same nine YES short of one when one is absent", SECURITY_COUNCIL, MotionKind.INITIATIVE, 15,
                        present(FIFTEEN.subList(5, 13), Vote.YES), Result.REJECTED),
                // ---------------- Consensus body: adopted when no member present objects; quorum of half the members
                arguments("Consensus: unanimous", CONSENSUS, MotionKind.BUDGET, 10, votes(10, 0, 0, 0), Result.ADOPTED),
                arguments("Consensus: unanimity broken by one NO", CONSENSUS, MotionKind.BUDGET, 10, votes(9, 1, 0, 0), Result.REJECTED),
                arguments("Consensus: abstentions do not object", CONSENSUS, MotionKind.BUDGET, 10, votes(2, 0, 8, 0), Result.ADOPTED),
                arguments("Consensus: all abstain, nobody objects", CONSENSUS, MotionKind.BUDGET, 10, votes(0, 0, 10, 0), Result.ADOPTED),
                arguments("Consensus: a tie is no consensus", CONSENSUS, MotionKind.BUDGET, 10, votes(5, 5, 0, 0), Result.REJECTED),
                arguments("Consensus: without quorum nothing is decided", CONSENSUS, MotionKind.BUDGET, 10, votes(4, 0, 0, 0), Result.REJECTED),
                arguments("Consensus: exactly half the members is a quorum", CONSENSUS, MotionKind.BUDGET, 10, votes(5, 0, 0, 0), Result.ADOPTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("votes")
    void theCharterDecides(String vote, Charter charter, MotionKind kind, int members, Ballots ballots, Result expected) {
        var electorate = new Electorate(members, ballots.present(), charter == SECURITY_COUNCIL ? PERMANENT : Set.of());

        var tally = Tally.count(charter.ruleFor(kind), electorate, ballots.votes());

        assertThat(tally.result()).as(tally.arithmetic()).isEqualTo(expected);
        assertThat(tally.yes() + tally.no() + tally.abstain() + tally.notVoting()).isEqualTo(ballots.present().size());
        assertThat(tally.arithmetic()).startsWith("YES " + tally.yes() + ", NO " + tally.no());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("votes")
    void theRecordShowsTheRuleApplied(String vote, Charter charter, MotionKind kind, int members, Ballots ballots, Result expected) {
        var tally = Tally.count(charter.ruleFor(kind), new Electorate(members, ballots.present(), PERMANENT), ballots.votes());

        assertThat(tally.rule()).isEqualTo(Tally.describe(charter.ruleFor(kind)));
        if (charter == SECURITY_COUNCIL && kind != MotionKind.PROCEDURAL) {
            assertThat(tally.rule()).contains("permanent member's NO defeats it");
        }
    }

    static Stream<Arguments> vetoes() {
        return Stream.of(arguments("RUS"), arguments("CHN"), arguments("FRA"), arguments("GBR"), arguments("USA"));
    }

    @ParameterizedTest(name = "{0} alone defeats fourteen YES")
    @MethodSource("vetoes")
    void anyPermanentMembersNoDefeatsASubstantiveMotion(String permanent) {
        var ballots = new LinkedHashMap<String, Vote>();
        FIFTEEN.forEach(s -> ballots.put(s, s.equals(permanent) ? Vote.NO : Vote.YES));

        var tally = Tally.count(SECURITY_COUNCIL.ruleFor(MotionKind.INTERNATIONAL_AGREEMENT),
                new Electorate(15, Set.copyOf(FIFTEEN), PERMANENT), ballots);

        assertThat(tally.result()).isEqualTo(Result.REJECTED);
        assertThat(tally.vetoedBy()).containsExactly(permanent);
        assertThat(tally.arithmetic()).contains("Vetoed: permanent member " + permanent + " voted NO.");
    }

    // ------------------------------------------------------------------ elections

    static Stream<Arguments> rounds() {
        return Stream.of(
                // Board of Peace: two-thirds of members present and voting
                arguments("two-thirds exactly elects", BOARD_OF_PEACE, Map.of("Ana", 18, "Ben", 9), 0, "Ana"),
                arguments("one short of two-thirds does not", BOARD_OF_PEACE, Map.of("Ana", 17, "Ben", 9), 0, null),
                arguments("abstentions are not votes cast", BOARD_OF_PEACE, Map.of("Ana", 6, "Ben", 3), 18, "Ana"),
                arguments("an even split elects no one", BOARD_OF_PEACE, Map.of("Ana", 10, "Ben", 10), 7, null),
                // Security Council: an absolute majority of all members (8 of 15)
                arguments("eight of fifteen elects", SECURITY_COUNCIL, Map.of("Ana", 8, "Ben", 7), 0, "Ana"),
                arguments("seven of fifteen does not", SECURITY_COUNCIL, Map.of("Ana", 7, "Ben", 6), 2, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rounds")
    void aRoundElectsOnlyACandidateWhoReachesTheThreshold(String round, Charter charter, Map<String, Integer> forEach, int abstaining,
            String elected) {
        var candidates = new java.util.ArrayList<DecisionStore.CandidateRow>();
        var ballots = new java.util.ArrayList<DecisionStore.ElectionBallotRow>();
        var present = new TreeSet<String>();
        var states = allStates().iterator();
        for (var entry : new java.util.TreeMap<>(forEach).entrySet()) {
            String id = String.valueOf(candidates.size() + 1);
            candidates.add(new DecisionStore.CandidateRow(id, entry.getKey(), null, false));
            for (int i = 0; i < entry.getValue(); i++) {
                String state = states.next();
                present.add(state);
                ballots.add(new DecisionStore.ElectionBallotRow(state, id, null));
            }
        }
        for (int i = 0; i < abstaining; i++) {
            String state = states.next();
            present.add(state);
            ballots.add(new DecisionStore.ElectionBallotRow(state, null, null));
        }
        int members = charter == SECURITY_COUNCIL ? 15 : present.size();

        var result = Elections.count(charter.elections(), new Electorate(members, present, Set.of()), candidates, ballots);

        assertThat(result.elected()).as(result.arithmetic()).isEqualTo(elected);
    }

    // ------------------------------------------------------------------ helpers

    record Ballots(Set<String> present, Map<String, Vote> votes) {
        @Override
        public String toString() {
            return votes.size() + " ballots";
        }
    }

    /** {@code yes}, {@code no}, {@code abstain} and {@code silent} states present, in that order. */
    private static Ballots votes(int yes, int no, int abstain, int silent) {
        var states = allStates().iterator();
        var present = new TreeSet<String>();
        var votes = new LinkedHashMap<String, Vote>();
        for (int[] group : new int[][] {{yes, 0}, {no, 1}, {abstain, 2}, {silent, 3}}) {
            for (int i = 0; i < group[0]; i++) {
                String state = states.next();
                present.add(state);
                if (group[1] < 3) {
                    votes.put(state, Vote.values()[group[1]]);
                }
            }
        }
        return new Ballots(present, votes);
    }

    /** All fifteen present; the named states vote NO, then the counts fill the rest from the elected members up. */
    private static Ballots council(Map<String, Integer> counts, List<String> votingNo) {
        var votes = new LinkedHashMap<String, Vote>();
        votingNo.forEach(s -> votes.put(s, Vote.NO));
        var reversed = new java.util.ArrayList<>(FIFTEEN);
        java.util.Collections.reverse(reversed);
        var rest = reversed.stream().filter(s -> !votingNo.contains(s)).iterator();
        for (String vote : List.of("YES", "ABSTAIN")) {
            for (int i = 0; i < counts.getOrDefault(vote, 0); i++) {
                votes.put(rest.next(), Vote.valueOf(vote));
            }
        }
        return new Ballots(Set.copyOf(FIFTEEN), votes);
    }

    private static Ballots abstaining(List<String> abstainers) {
        var votes = new LinkedHashMap<String, Vote>();
        FIFTEEN.forEach(s -> votes.put(s, abstainers.contains(s) ? Vote.ABSTAIN : Vote.YES));
        return new Ballots(Set.copyOf(FIFTEEN), votes);
    }

    private static Ballots present(List<String> states, Vote vote) {
        var votes = new LinkedHashMap<String, Vote>();
        states.forEach(s -> votes.put(s, vote));
        return new Ballots(Set.copyOf(states), votes);
    }

    private static List<String> allStates() {
        return org.peacecouncil.platform.Countries.all().stream().map(c -> c.alpha3()).toList();
    }

    private static Charter charter(String id) {
        String file = "charters/" + id + ".yaml";
        try (InputStream in = DecisionRulesTests.class.getClassLoader().getResourceAsStream(file)) {
            return CharterReader.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
