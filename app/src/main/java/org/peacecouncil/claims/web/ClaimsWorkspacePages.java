package org.peacecouncil.claims.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.Claims;
import org.peacecouncil.claims.ClaimsCommands;
import org.peacecouncil.claims.ClarificationId;
import org.peacecouncil.claims.StatementId;
import org.peacecouncil.claims.Verdicts;
import org.peacecouncil.finance.FundRecords;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.missions.MissionRecords;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.FormFields;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claims workspace: the secretariat records statements (and the proposals others made), and enters a state's
 * clarification on its behalf from a source; anyone signed in proposes a statement; a delegation clarifies its own
 * state's position and confirms or leaves what was entered on its behalf. The forms build the API's command records.
 */
@Controller
class ClaimsWorkspacePages {

    private final Claims claims;
    private final Verdicts verdicts;
    private final FundRecords funds;
    private final MissionRecords missions;
    private final org.peacecouncil.decisions.Meetings meetings;
    private final Clock clock;

    ClaimsWorkspacePages(Claims claims, Verdicts verdicts, FundRecords funds, MissionRecords missions,
            org.peacecouncil.decisions.Meetings meetings, Clock clock) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.funds = funds;
        this.missions = missions;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/workspace/claims")
    String workspace(Actor actor, Model model) {
        model.addAttribute("funds", funds.funds());
        model.addAttribute("missions", missions.missions());
        var sittings = meetings.meetings();
        model.addAttribute("meetings", sittings);
        model.addAttribute("motions", sittings.stream().flatMap(m -> meetings.meeting(new org.peacecouncil.decisions.MeetingId(m.id()))
                .motions().stream()).toList());
        model.addAttribute("states", Countries.states());
        model.addAttribute("secretariat", actor.is(Role.SECRETARIAT));
        model.addAttribute("proposals", verdicts.statements().stream()
                .filter(s -> s.status() == org.peacecouncil.claims.Statement.StatementStatus.PROPOSED).toList());
        var clarifications = claims.clarifications();
        if (actor.isDelegate()) {
            model.addAttribute("stateName", Countries.name(actor.state()));
            model.addAttribute("awaiting", clarifications.stream().filter(c -> c.state().equals(actor.state()) && !c.confirmed()).toList());
            model.addAttribute("mine", clarifications.stream().filter(c -> c.state().equals(actor.state()) && c.confirmed()).toList());
        } else {
            model.addAttribute("awaiting", clarifications.stream().filter(c -> !c.confirmed()).toList());
            model.addAttribute("mine", List.of());
        }
        return "claims-workspace";
    }

    @PostMapping("/workspace/claims/statements")
    String state(Actor actor, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return act(flash, () -> {
            var states = new ArrayList<StateCode>();
            for (String code : form.getOrDefault("states", "").split("[\\s,;]+")) {
                if (!code.isBlank()) {
                    states.add(StateCode.of(code.strip().toUpperCase(java.util.Locale.ROOT)));
                }
            }
            var assertions = blank(form.get("assertion")) ? List.<ClaimsCommands.StatedAssertion>of()
                    : List.of(new ClaimsCommands.StatedAssertion(AssertionForm.of(form), states));
            var statement = claims.state(actor, new ClaimsCommands.NewStatement(form.get("speaker"), form.get("office"), form.get("speaksFor"),
                    FormFields.date(form.get("saidOn")), form.get("dateAsReported"), form.get("sourceUrl"), form.get("sourceTitle"),
                    form.get("text"), assertions), clock.instant());
            return statement.status() == org.peacecouncil.claims.Statement.StatementStatus.RECORDED
                    ? "Recorded the statement; its verdicts are computed from the records on its page."
                    : "Proposed the statement: the secretariat records it, and then it gets its verdicts.";
        });
    }

    @PostMapping("/workspace/claims/statements/{id}/recording")
    String record(Actor actor, @PathVariable String id, RedirectAttributes flash) {
        return act(flash, () -> "Recorded the proposed statement of " + claims.record(actor, new StatementId(id), clock.instant()).speaker() + ".");
    }

    @PostMapping("/workspace/claims/clarifications")
    String clarify(Actor actor, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return act(flash, () -> {
            String state = actor.isDelegate() ? actor.state() : form.get("state");
            var c = claims.clarify(actor, new ClaimsCommands.NewClarification(StateCode.given(blank(state) ? null : state), form.get("speaker"),
                    FormFields.date(form.get("saidOn")), form.get("sourceUrl"), form.get("sourceTitle"), form.get("text"),
                    List.of(new ClaimsCommands.Position(AssertionForm.of(form), !"false".equals(form.get("affirms")))), form.get("document")),
                    clock.instant());
            return c.confirmed() ? "Recorded " + c.name() + "'s clarification: it counts in every verdict from now."
                    : "Entered the clarification on " + c.name() + "'s behalf: it counts nowhere until its delegation confirms it.";
        });
    }

    @PostMapping("/workspace/claims/clarifications/{id}/confirmation")
    String confirm(Actor actor, @PathVariable String id, RedirectAttributes flash) {
        return act(flash, () -> "Confirmed: the clarification is " + claims.confirm(actor, new ClarificationId(id), clock.instant()).name()
                + "'s own and counts from now.");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String act(RedirectAttributes flash, Supplier<String> command) {
        return FormFields.act(flash, "/workspace/claims", command);
    }
}
