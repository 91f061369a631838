package org.peacecouncil.claims.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.ContributionLevel;
import org.peacecouncil.claims.StatementId;
import org.peacecouncil.claims.Verdicts;
import org.peacecouncil.claims.Views;
import org.peacecouncil.finance.FundId;
import org.peacecouncil.finance.FundRecords;
import org.peacecouncil.missions.MissionRecords;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.FormFields;
import org.peacecouncil.platform.Money;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public claims pages: the statements; one statement with a verdict per state and, for a list of a fund's
 * contributors, the announced list beside the list generated from the records; and a form to check a claim
 * without recording it. Everything is computed as the page is read.
 */
@Controller
class ClaimPages {

    /**
     * One state of an announced list beside the fund's records: whether it was announced, what its own records hold
     * (null when it has no line), and the verdict (null when it was not announced).
     */
    record BesideRow(String state, String name, boolean announced, String pledged, String committed, String received,
            Views.StateVerdict verdict) {

        static BesideRow of(String state, String name, boolean announced, org.peacecouncil.finance.Views.Contributor line,
                Views.StateVerdict verdict) {
            return new BesideRow(state, name, announced, line == null ? "—" : money(line.pledged()), line == null ? "—"
                    : money(line.committed()), line == null ? "—" : money(line.received()), verdict);
        }
    }

    /** The announced list of one fund-contributor assertion, beside the fund's generated contributors list. */
    record Beside(String fund, String fundName, List<BesideRow> rows) {
    }

    /** Each assertion type as a sentence says it: "Azerbaijan: a contributor to <fund>". */
    static final Map<String, String> PHRASES = Map.of("MEMBER", "a member of the council", "FOUNDING_MEMBER", "a founding member",
            "FUND_CONTRIBUTOR", "a contributor to", "MISSION_CONTRIBUTOR", "a troop or police contributor to", "MISSION_CONSENT",
            "agreed to take part in", "VOTED", "voted on the motion", "PRESENT", "present at the meeting");

    private final Verdicts verdicts;
    private final FundRecords funds;
    private final MissionRecords missions;
    private final org.peacecouncil.decisions.Meetings meetings;

    ClaimPages(Verdicts verdicts, FundRecords funds, MissionRecords missions, org.peacecouncil.decisions.Meetings meetings) {
        this.verdicts = verdicts;
        this.funds = funds;
        this.missions = missions;
        this.meetings = meetings;
    }

    @GetMapping("/statements")
    String statements(Model model) {
        model.addAttribute("statements", verdicts.statements());
        return "statements";
    }

    @GetMapping("/statements/{id}")
    String statement(@PathVariable String id, Model model) {
        var statement = verdicts.statement(new StatementId(id));
        model.addAttribute("statement", statement);
        model.addAttribute("beside", beside(statement));
        var subjects = subjects(statement);
        model.addAttribute("subjects", subjects);
        model.addAttribute("phrases", PHRASES);
        model.addAttribute("jsonLd", ClaimReviewJsonLd.of(statement, subjects));
        return "statement";
    }

    @GetMapping("/check")
    String check(@RequestParam(required = false) String state, @RequestParam(required = false) String assertion,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String level,
            @RequestParam(required = false) String vote, @RequestParam(required = false) String on,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String personnel, Model model) {
        model.addAttribute("states", Countries.states());
        model.addAttribute("funds", funds.funds());
        model.addAttribute("missions", missions.missions());
        var sittings = meetings.meetings();
        model.addAttribute("meetings", sittings);
        model.addAttribute("motions", sittings.stream().flatMap(m -> meetings.meeting(new org.peacecouncil.decisions.MeetingId(m.id()))
                .motions().stream()).toList());
        var asked = new java.util.HashMap<String, String>(Map.of("state", text(state), "assertion", text(assertion), "subject", text(subject),
                "level", text(level), "vote", text(vote), "on", text(on)));
        asked.putAll(Map.of("amount", text(amount), "currency", text(currency), "personnel", text(personnel)));
        model.addAttribute("asked", asked);
        if (state == null || state.isBlank() || assertion == null || assertion.isBlank()) {
            return "check";
        }
        try {
            var given = AssertionForm.of(asked);
            LocalDate day = FormFields.date(on);
            model.addAttribute("check", verdicts.check(StateCode.of(state), given, day));
        } catch (CouncilProblem refused) {
            model.addAttribute("error", refused.getMessage());
        }
        return "check";
    }

    /** For each assertion that a fund's contributors are these states: the states beside the fund's own list. */
    private List<Beside> beside(Views.Statement statement) {
        var all = new ArrayList<Beside>();
        for (var stated : statement.assertions()) {
            var a = stated.assertion();
            if (a.type() != AssertionType.FUND_CONTRIBUTOR || statement.verdicts().isEmpty()) {
                continue;
            }
            var list = funds.contributors(new FundId(a.fund()));
            var rows = new LinkedHashMap<String, BesideRow>();
            for (var state : stated.states()) {
                var verdict = statement.verdicts().stream().filter(v -> v.state().equals(state.alpha3()) && v.assertion().equals(a))
                        .findFirst().orElse(null);
                var line = list.contributors().stream().filter(c -> state.alpha3().equals(c.state())).findFirst().orElse(null);
                rows.put(state.alpha3(), BesideRow.of(state.alpha3(), Countries.name(state.alpha3()), true, line, verdict));
            }
            for (var line : list.contributors()) {
                if (line.state() == null) {
                    continue; // an organisation: a statement names states, and the fund's page lists organisations in full
                }
                rows.putIfAbsent(line.state(), BesideRow.of(line.state(), line.name(), false, line, null));
            }
            all.add(new Beside(a.fund(), list.fundName(), List.copyOf(rows.values())));
        }
        return all;
    }

    /** The names of the funds and missions the statement's assertions are about, by id. */
    private Map<String, String> subjects(Views.Statement statement) {
        var names = new java.util.HashMap<String, String>();
        for (var stated : statement.assertions()) {
            var a = stated.assertion();
            if (a.fund() != null) {
                names.put(a.fund(), funds.fund(new FundId(a.fund())).name());
            }
            if (a.mission() != null) {
                names.put(a.mission(), missions.mission(new org.peacecouncil.missions.MissionId(a.mission())).name());
            }
        }
        return names;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String money(Money m) {
        return m == null || m.minorUnits() == 0 ? "—" : m.toString();
    }
}
