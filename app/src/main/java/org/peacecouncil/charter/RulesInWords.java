package org.peacecouncil.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peacecouncil.charter.DecisionRule.Abstentions;
import org.peacecouncil.charter.DecisionRule.Threshold;
import org.peacecouncil.charter.DecisionRule.VetoHolders;

/**
 * The charter's rules in words: the one place that writes them, for the API, the pages, the record and the CSV
 * exports, so that no two places can say a rule differently. Pure: it reads only the charter.
 */
public final class RulesInWords {

    /** One rule as a line of the charter page: what it governs, the rule in words, and whether the file states it. */
    public record Line(String label, String words, boolean defaulted) {
    }

    /** A part of the charter: membership, meetings, decisions, elections, officers, finance. */
    public record Section(String title, List<Line> lines) {
    }

    private final Charter charter;
    private final String chairTitle;

    public RulesInWords(Charter charter) {
        this.charter = charter;
        this.chairTitle = charter.chairTitle();
    }

    /** Words for decision and election rules only, where just the chair's title is known (a count's record). */
    private RulesInWords(String chairTitle) {
        this.charter = null;
        this.chairTitle = chairTitle;
    }

    public static RulesInWords forChairTitled(String chairTitle) {
        return new RulesInWords(chairTitle);
    }

    private String office(Office office) {
        return switch (office) {
            case CHAIR -> chairTitle;
            case SECRETARIAT -> "secretariat";
            case NONE -> "no one";
        };
    }

    /** A decision rule, e.g. "YES from more than half of the members present and voting — that is, more YES than NO; …". */
    public String decision(DecisionRule rule) {
        if (rule.decidedBy() != Office.NONE) {
            return "Decided by the " + office(rule.decidedBy()) + " alone, without a vote.";
        }
        var text = new StringBuilder();
        Threshold t = rule.threshold();
        switch (t.kind()) {
            case CONSENSUS -> text.append("Adopted when no member present votes NO");
            case MAJORITY -> {
                text.append("YES from more than half of ").append(basis(rule));
                if (rule.basis() == DecisionRule.Basis.PRESENT_AND_VOTING && rule.abstentions() == Abstentions.NOT_COUNTED) {
                    text.append(" — that is, more YES than NO");
                }
            }
            case FRACTION -> text.append("YES from ").append(t.fraction().orElseThrow()).append(" or more of ").append(basis(rule));
            case COUNT -> text.append("At least ").append(t.count()).append(" YES, counted among ").append(basis(rule));
        }
        if (rule.vetoHolders() == VetoHolders.PERMANENT_MEMBERS) {
            text.append("; a permanent member's NO defeats it (an abstention does not)");
        }
        text.append(rule.quorum().map(q -> "; quorum: " + quorum(rule)).orElse("; no quorum"));
        if (rule.tieBreak() != Office.NONE) {
            text.append("; a tie is broken by the ").append(office(rule.tieBreak()));
        }
        if (rule.approvalBy() != Office.NONE) {
            text.append("; then subject to the approval of the ").append(office(rule.approvalBy()));
        }
        return text.append('.').toString();
    }

    /** Who and what a decision is counted among. */
    public String basis(DecisionRule rule) {
        return switch (rule.basis()) {
            case PRESENT_AND_VOTING -> rule.abstentions() == Abstentions.COUNTED
                    ? "the members present and voting, abstentions counted as votes cast"
                    : "the members present and voting (YES and NO; abstentions are not votes cast)";
            case PRESENT -> "the members present";
            case ALL_MEMBERS -> "all members, present or not";
        };
    }

    /** The share of YES a rule needs, as a count's arithmetic states it: "more than half", "2/3 or more". */
    public String threshold(DecisionRule rule) {
        Threshold t = rule.threshold();
        return switch (t.kind()) {
            case MAJORITY -> "more than half";
            case FRACTION -> t.fraction().orElseThrow() + " or more";
            case COUNT -> "at least " + t.count();
            case CONSENSUS -> "no NO";
        };
    }

    public String quorum(DecisionRule rule) {
        return rule.quorum().map(q -> q.fraction().map(f -> f + " of members present").orElse(q.count() + " members present"))
                .orElse("none");
    }

    /** The election rule, e.g. "2/3 or more of the members present and voting". */
    public String election(ElectionRule rule) {
        String share = rule.majority() ? "more than half" : rule.fraction().orElseThrow() + " or more";
        return share + " of " + switch (rule.basis()) {
            case PRESENT_AND_VOTING -> rule.abstentions() == Abstentions.COUNTED ? "the votes cast, abstentions included"
                    : "the members present and voting";
            case PRESENT -> "the members present";
            case ALL_MEMBERS -> "all members";
        };
    }

    /** Every rule of the charter, part by part, as the charter page shows them. */
    public List<Section> sections() {
        var m = charter.membership();
        var membership = new ArrayList<Line>();
        membership.add(new Line("Invitations", "by the " + charter.nameOf(m.invitedBy()) + "; an unanswered invitation lapses after "
                + m.invitationLapsesAfterDays() + " days", false));
        membership.add(new Line("Consent", "by the state itself, through its own delegation", false));
        membership.add(new Line("Entry into force", "on the day " + m.consentsForEntryIntoForce() + " states have consented", false));
        membership.add(new Line("Term", m.term().map(term -> term.years() + " years from "
                + (term.from() == MembershipRules.TermStart.ENTRY_INTO_FORCE ? "the charter's entry into force" : "the day membership began")
                + (term.renewedBy() == Office.NONE ? "; not renewable" : "; renewable by the " + charter.nameOf(term.renewedBy())))
                .orElse("none: membership does not expire"), false));
        m.term().filter(term -> term.renewedBy() != Office.NONE).ifPresent(term -> membership.add(new Line("Renewal",
                "in the last " + term.renewableWithinDays() + " days of a term, for one more term of " + term.years() + " years after it",
                term.renewalDefaulted())));
        membership.add(new Line("Permanent membership", m.permanent().map(p -> !p.members().isEmpty()
                ? "the states the charter names: " + String.join(", ", p.members())
                : "a member whose contributions received within " + p.withinYears() + " year" + (p.withinYears() > 1 ? "s" : "")
                        + " of entry into force are more than " + p.threshold().orElseThrow() + (p.cashOnly() ? " in cash" : "")
                        + "; pledges do not count").orElse("none"), false));
        membership.add(new Line("Withdrawal", "by written notice of the state's own delegation, effective that day", false));
        membership.add(new Line("Removal", m.removal().map(r -> "by the " + charter.nameOf(r.by()) + ", unless " + r.vetoFraction()
                + " or more of member states veto it within " + r.vetoWindowDays() + " days").orElse("not provided for"), false));

        var meetings = charter.meetings();
        var sittings = new ArrayList<Line>();
        sittings.add(new Line("Meetings are called by", "the " + charter.nameOf(meetings.calledBy()), meetings.defaulted().contains("calledBy")));
        sittings.add(new Line("Sittings are run by", "the " + MeetingRules.names(meetings.runBy(), charter)
                + ": they open and adjourn sittings and open and close votes", meetings.defaulted().contains("runBy")));
        sittings.add(new Line("Attendance", "a member's head of state or government, registered by its own delegation; an alternate "
                + "sits once the " + charter.nameOf(meetings.alternatesApprovedBy()) + " approves",
                meetings.defaulted().contains("alternatesApprovedBy")));
        sittings.add(new Line("Observers are recorded by", "the " + MeetingRules.names(meetings.observersRecordedBy(), charter)
                + "; observers never vote", meetings.defaulted().contains("observersRecordedBy")));
        sittings.add(new Line("Longest vote", "a vote or an election round stays open for at most " + meetings.longestVoteDays() + " days",
                meetings.defaulted().contains("longestVoteDays")));

        var decisions = new ArrayList<Line>();
        for (MotionKind kind : MotionKind.values()) {
            decisions.add(new Line(kindName(kind), decision(charter.ruleFor(kind)), false));
        }

        var officers = charter.officers();
        var offices = List.of(
                new Line("Executive Board", "appointed by the " + charter.nameOf(officers.executiveBoardAppointedBy()),
                        officers.defaulted().contains("executiveBoard.appointedBy")),
                new Line("Executive Board term", officers.executiveBoardTermYears() + " years",
                        officers.defaulted().contains("executiveBoard.termYears")));

        return List.of(new Section("Membership", membership), new Section("Meetings", sittings), new Section("Decisions", decisions),
                new Section("Elections", List.of(new Line("Elected", "a candidate with " + election(charter.elections())
                        + ", in as many rounds as it takes", false))),
                new Section("Officers", offices),
                new Section("Finance", List.of(new Line("Funds and projects", "opened by the " + charter.nameOf(charter.finance().fundsOpenedBy()),
                        charter.finance().defaulted().contains("fundsOpenedBy")))),
                new Section("Missions", List.of(new Line("Missions", "run by the " + charter.nameOf(charter.missions().managedBy())
                        + ": mandates, answers to states' questions, acceptance of offers, deployments",
                        charter.missions().defaulted().contains("managedBy")))),
                new Section("Signatures", List.of(new Line("Acts that must be signed", charter.signatures().required().isEmpty()
                        ? "none: every state's own act may carry its delegation's signature, none must"
                        : String.join(", ", charter.signatures().required().stream().sorted().toList())
                                + ": refused unless signed by the state's own delegation key",
                        charter.signatures().required().isEmpty()))));
    }

    /** A motion kind as people write it: "International agreement". */
    public static String kindName(MotionKind kind) {
        String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
