package org.peacecouncil.decisions;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.peacecouncil.charter.DecisionRule;
import org.peacecouncil.charter.DecisionRule.Abstentions;
import org.peacecouncil.charter.DecisionRule.VetoHolders;

/**
 * The count of a vote under a charter's decision rule, with the arithmetic that leads to the result. The same
 * code decides for every charter: the rule says what the basis is, what it takes, who can veto.
 *
 * @param result     what the vote decided, before any office acts on it
 * @param vetoedBy   permanent members whose NO defeated the motion
 * @param basis      the number the threshold is measured against
 * @param needed     YES votes needed on that basis (for consensus: 0 NO)
 * @param presentNotVoting member states present that cast no ballot
 * @param rule       the rule in words
 * @param arithmetic the count and the comparison that decided, in words
 */
public record Tally(Result result, int members, int present, int yes, int no, int abstain, int notVoting, int basis,
        long needed, boolean quorumMet, List<String> vetoedBy, List<String> presentNotVoting, String rule, String arithmetic) {

    public enum Result {
        ADOPTED, REJECTED,
        /** as many YES as NO under a majority rule whose charter lets an office break the tie */
        TIED
    }

    /** The count of a tied vote once the tie-break office has voted: the arithmetic says whose vote decided. */
    public Tally brokenBy(String office, Vote vote) {
        if (result != Result.TIED) {
            return this;
        }
        return new Tally(result, members, present, yes, no, abstain, notVoting, basis, needed, quorumMet, vetoedBy,
                presentNotVoting, rule, arithmetic.replace("the tie-break decides.", "the " + office + "'s tie-break vote, "
                        + vote + ", decided it."));
    }

    public static Tally count(DecisionRule rule, Electorate electorate, Map<String, Vote> ballots) {
        return count(rule, electorate, ballots, "Chair");
    }

    /** {@code chairTitle}: what the charter calls its chair, for the rule in words. */
    public static Tally count(DecisionRule rule, Electorate electorate, Map<String, Vote> ballots, String chairTitle) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        var vetoes = new TreeSet<String>();
        for (var ballot : ballots.entrySet()) {
            if (!electorate.present().contains(ballot.getKey())) {
                continue; // a state that left the meeting or the council no longer counts
            }
            switch (ballot.getValue()) {
                case YES -> yes++;
                case NO -> {
                    no++;
                    if (rule.vetoHolders() == VetoHolders.PERMANENT_MEMBERS && electorate.permanent().contains(ballot.getKey())) {
                        vetoes.add(ballot.getKey());
                    }
                }
                case ABSTAIN -> abstain++;
            }
        }
        int present = electorate.present().size();
        int members = electorate.members();
        int notVoting = present - yes - no - abstain;
        int basis = switch (rule.basis()) {
            case PRESENT_AND_VOTING -> yes + no + (rule.abstentions() == Abstentions.COUNTED ? abstain : 0);
            case PRESENT -> present;
            case ALL_MEMBERS -> members;
        };
        var threshold = rule.threshold();
        long needed = switch (threshold.kind()) {
            case MAJORITY -> basis / 2 + 1;
            case FRACTION -> Math.max(1, threshold.fraction().orElseThrow().smallestShareOf(basis));
            case COUNT -> threshold.count();
            case CONSENSUS -> 0;
        };
        boolean quorumMet = rule.quorum().map(q -> q.fraction().map(f -> f.reachedBy(present, members))
                .orElse(present >= q.count())).orElse(true);

        var words = new StringBuilder();
        words.append("YES ").append(yes).append(", NO ").append(no).append(", ABSTAIN ").append(abstain);
        if (notVoting > 0) {
            words.append(", not voting ").append(notVoting);
        }
        words.append("; ").append(present).append(" of ").append(members).append(" member states present. ");

        Result result;
        if (!quorumMet) {
            result = Result.REJECTED;
            words.append("No quorum: ").append(quorumText(rule)).append(" needed, ").append(present).append(" present.");
        } else if (!vetoes.isEmpty()) {
            result = Result.REJECTED;
            words.append("Vetoed: permanent member").append(vetoes.size() > 1 ? "s " : " ").append(String.join(", ", vetoes))
                    .append(" voted NO.");
        } else if (threshold.kind() == DecisionRule.Threshold.Kind.CONSENSUS) {
            result = no == 0 ? Result.ADOPTED : Result.REJECTED;
            words.append(no == 0 ? "No member objected: adopted by consensus." : no + " member" + (no > 1 ? "s" : "")
                    + " voted NO: no consensus.");
        } else {
            boolean reached = yes >= needed && basis > 0;
            boolean tie = threshold.kind() == DecisionRule.Threshold.Kind.MAJORITY && yes == no && yes > 0 && !reached;
            words.append("Basis (").append(basisName(rule)).append("): ").append(basis).append("; needed: ").append(needed)
                    .append(" YES (").append(thresholdText(rule)).append("). ");
            if (reached) {
                result = Result.ADOPTED;
                words.append(yes).append(" YES ≥ ").append(needed).append(": adopted.");
            } else if (tie && rule.tieBreak() != org.peacecouncil.charter.Office.NONE) {
                result = Result.TIED;
                words.append("Tie at ").append(yes).append(" – ").append(no).append(": the tie-break decides.");
            } else {
                result = Result.REJECTED;
                words.append(basis == 0 ? "No votes cast on this basis: not adopted."
                        : yes + " YES < " + needed + (tie ? ": a tie, which fails." : ": not adopted."));
            }
        }
        var silent = electorate.present().stream().filter(s -> !ballots.containsKey(s)).sorted().toList();
        return new Tally(result, members, present, yes, no, abstain, notVoting, basis, needed, quorumMet, List.copyOf(vetoes),
                silent, describe(rule, chairTitle), words.toString());
    }

    /** The rule in words, as the record shows it next to each result. */
    public static String describe(DecisionRule rule) {
        return describe(rule, "Chair");
    }

    public static String describe(DecisionRule rule, String chairTitle) {
        return org.peacecouncil.charter.RulesInWords.forChairTitled(chairTitle).decision(rule);
    }

    private static final org.peacecouncil.charter.RulesInWords WORDS = org.peacecouncil.charter.RulesInWords.forChairTitled("Chair");

    private static String thresholdText(DecisionRule rule) {
        return WORDS.threshold(rule);
    }

    private static String basisName(DecisionRule rule) {
        return WORDS.basis(rule);
    }

    private static String quorumText(DecisionRule rule) {
        return WORDS.quorum(rule);
    }
}
