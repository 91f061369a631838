package org.peacecouncil.missions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.missions.CaveatKind;
import org.peacecouncil.missions.MissionCommands;
import org.peacecouncil.missions.MissionId;
import org.peacecouncil.missions.MissionRecords;
import org.peacecouncil.missions.Missions;
import org.peacecouncil.missions.OfferId;
import org.peacecouncil.missions.OfferStatus;
import org.peacecouncil.missions.PersonnelType;
import org.peacecouncil.missions.QuestionId;
import org.peacecouncil.missions.Readiness;
import org.peacecouncil.missions.ReportStatus;
import org.peacecouncil.platform.ActSignature;
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
 * The missions workspace. A delegation files its state's questions, declares its national caveats, offers
 * personnel, confirms or rejects what was entered on its behalf, declines or withdraws. The mission's office (the
 * charter's missions.managedBy) establishes missions and changes mandates, answers questions, accepts offers with
 * their conflicts shown, records deployments, files reports and enters offers on a state's behalf with their
 * document. Every form builds the API's command record, so a refusal reads the same here as there.
 * (Its length: twelve forms, each a few lines, and the readers of their fields — personnel by type, caveat rows —
 * that only these forms have.)
 */
@Controller
class MissionWorkspacePages {

    /** How many caveat rows a form offers; a state with more declares them through the API. */
    static final int CAVEAT_ROWS = 3;

    private final Missions missions;
    private final MissionRecords records;
    private final Charter charter;
    private final Clock clock;

    MissionWorkspacePages(Missions missions, MissionRecords records, Charter charter, Clock clock) {
        this.missions = missions;
        this.records = records;
        this.charter = charter;
        this.clock = clock;
    }

    @GetMapping("/workspace/missions")
    String workspace(Actor actor, @RequestParam(required = false) String mission, Model model) {
        var all = records.missions();
        boolean office = actor.holds(charter.missions().managedBy());
        model.addAttribute("missions", all);
        model.addAttribute("office", office);
        model.addAttribute("types", PersonnelType.values());
        model.addAttribute("readiness", Readiness.values());
        model.addAttribute("caveatKinds", CaveatKind.values());
        model.addAttribute("caveatRows", java.util.stream.IntStream.rangeClosed(1, CAVEAT_ROWS).boxed().toList());
        model.addAttribute("states", Countries.states());
        if (actor.isDelegate()) {
            model.addAttribute("stateName", Countries.name(actor.state()));
        }
        if (all.isEmpty()) {
            return "mission-workspace";
        }
        var chosen = new MissionId(mission == null || mission.isBlank() ? all.get(0).id() : mission);
        var view = records.mission(chosen);
        model.addAttribute("mission", view);
        model.addAttribute("mandateText", Map.of("tasks", String.join("\n", view.mandate().tasks()), "documents",
                String.join("\n", view.mandate().documents())));
        var questions = records.questions(chosen, actor);
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (actor.isDelegate()) {
            String state = actor.state();
            model.addAttribute("participant", records.participant(chosen, StateCode.of(state)));
            model.addAttribute("myQuestions", questions.stream().filter(q -> q.state().equals(state)).toList());
            var mine = view.offers().stream().filter(o -> o.state().equals(state)).toList();
            model.addAttribute("myOffers", mine);
            model.addAttribute("awaiting", mine.stream().filter(o -> o.status() == OfferStatus.UNCONFIRMED).toList());
        }
        if (office) {
            model.addAttribute("openQuestions", questions.stream().filter(q -> !q.answered()).toList());
            model.addAttribute("toAccept", view.offers().stream().filter(o -> o.status() == OfferStatus.OFFERED).toList());
            model.addAttribute("conflicts", records.conflictsToAcknowledge(chosen));
            model.addAttribute("accepted", view.offers().stream().filter(o -> o.status() == OfferStatus.ACCEPTED).toList());
            model.addAttribute("dueReports", records.reports(chosen, today).stream().filter(r -> r.status() != ReportStatus.FILED).toList());
        }
        return "mission-workspace";
    }

    // --- a delegation's acts

    @PostMapping("/workspace/missions/{id}/questions")
    String fileQuestions(Actor actor, @PathVariable String id, @RequestParam(required = false) String questions,
            @RequestParam(required = false) String confidential, RedirectAttributes flash) {
        return act(flash, id, () -> {
            var asked = new ArrayList<MissionCommands.NewQuestion>();
            for (String line : lines(questions)) {
                asked.add(new MissionCommands.NewQuestion(line, confidential != null));
            }
            var filed = missions.fileQuestions(actor, new MissionId(id), new MissionCommands.FileQuestions(own(actor), asked), clock.instant());
            return "Filed " + filed.size() + (filed.size() == 1 ? " question" : " questions")
                    + ": while any is open, nobody but your delegation can enter an offer for " + Countries.name(actor.state()) + ".";
        });
    }

    @PostMapping("/workspace/missions/{id}/caveats")
    String declareCaveats(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return act(flash, id, () -> {
            var participant = missions.declareCaveats(actor, new MissionId(id), new MissionCommands.DeclareCaveats(own(actor),
                    caveats(form)), clock.instant());
            return participant.caveats().isEmpty() ? "Your state declares no national caveats for this mission."
                    : "Declared " + participant.caveats().size() + " national caveat(s): they apply to every offer your state makes.";
        });
    }

    @PostMapping("/workspace/missions/{id}/offers")
    String offer(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return act(flash, id, () -> {
            StateCode state = actor.isDelegate() ? own(actor) : StateCode.given(blankToNull(form.get("state")));
            var offer = missions.offer(actor, new MissionId(id), new MissionCommands.MakeOffer(state, personnel(form), lines(form.get("units")),
                    enumValue(Readiness.class, form.get("readiness"), "readiness"), caveats(form), form.get("notes"),
                    integer(form.get("mandateVersion"), "mandateVersion"), blankToNull(form.get("document"))), clock.instant());
            return "Recorded the offer of " + offer.name() + ": " + Figures.of(offer.personnel()) + ", " + offer.status()
                    + (offer.status() == OfferStatus.UNCONFIRMED ? " — it counts nowhere until " + offer.name() + "'s delegation confirms it." : ".");
        });
    }

    @PostMapping("/workspace/mission-offers/{id}/confirmation")
    String confirm(Actor actor, @PathVariable String id, @RequestParam String mission, @RequestParam(required = false) String signatureKeyId,
            @RequestParam(required = false) String signatureSignedAt, @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, mission, () -> "Confirmed: the offer of " + Figures.of(missions.confirmOffer(actor, new OfferId(id),
                new MissionCommands.Confirmation(ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue)), clock.instant())
                .personnel()) + " is now your state's.");
    }

    @PostMapping("/workspace/missions/{id}/decline")
    String decline(Actor actor, @PathVariable String id, @RequestParam(required = false) String reason, @RequestParam(required = false) String signatureKeyId,
            @RequestParam(required = false) String signatureSignedAt, @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, id, () -> "Declined: " + missions.decline(actor, new MissionId(id), own(actor), new MissionCommands.Reason(reason,
                ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue)), clock.instant()).name() + " takes no part in this mission; any offer not yet accepted is withdrawn.");
    }

    @PostMapping("/workspace/missions/{id}/withdrawal")
    String withdraw(Actor actor, @PathVariable String id, @RequestParam(required = false) String reason, @RequestParam(required = false) String signatureKeyId,
            @RequestParam(required = false) String signatureSignedAt, @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, id, () -> "Withdrawn: " + missions.withdraw(actor, new MissionId(id), own(actor), new MissionCommands.Reason(reason,
                ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue)), clock.instant()).name() + " withdrew from this mission with all its offers.");
    }

    // --- the mission's office

    @PostMapping("/workspace/missions")
    String establish(Actor actor, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        var established = new String[1];
        String page = act(flash, null, () -> {
            var authorities = new ArrayList<MissionCommands.Authority>();
            if (blankToNull(form.get("authorityReference")) != null || blankToNull(form.get("authorityBody")) != null) {
                authorities.add(new MissionCommands.Authority(form.get("authorityBody"), form.get("authorityReference"),
                        date(form.get("authorityAdoptedOn")), form.get("authorityVote"), date(form.get("authorityUntil"))));
            }
            var mission = missions.establish(actor, new MissionCommands.Establish(form.get("name"), form.get("command"),
                    StateCode.given(blankToNull(form.get("leadState"))), StateCode.given(blankToNull(form.get("deputyState"))),
                    form.get("decision"), authorities, terms(form)), clock.instant());
            established[0] = mission.id();
            return "Established " + mission.name() + " with its mandate (version 1).";
        });
        return established[0] == null ? page : "redirect:/workspace/missions?mission=" + established[0]; // an id the record made
    }

    @PostMapping("/workspace/missions/{id}/mandates")
    String changeMandate(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return act(flash, id, () -> "Issued mandate version " + missions.changeMandate(actor, new MissionId(id),
                new MissionCommands.ChangeMandate(terms(form), form.get("reason")), clock.instant()).version()
                + "; offers made before name the version they were made against.");
    }

    @PostMapping("/workspace/mission-questions/{id}/answer")
    String answer(Actor actor, @PathVariable String id, @RequestParam String mission, @RequestParam(required = false) String text,
            RedirectAttributes flash) {
        return act(flash, mission, () -> "Answered the question of " + missions.answer(actor, new QuestionId(id),
                new MissionCommands.Answer(text), clock.instant()).name() + ".");
    }

    @PostMapping("/workspace/mission-offers/{id}/acceptance")
    String accept(Actor actor, @PathVariable String id, @RequestParam String mission, @RequestParam(required = false) String acknowledge,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(flash, mission, () -> {
            var offer = missions.accept(actor, new OfferId(id), new MissionCommands.Acceptance(acknowledge != null, note), clock.instant());
            return "Accepted the offer of " + offer.name() + ": " + Figures.of(offer.personnel())
                    + (offer.conflicts().isEmpty() ? "." : ", with its conflicts on the record: " + String.join("; ", offer.conflicts()) + ".");
        });
    }

    @PostMapping("/workspace/mission-offers/{id}/deployments")
    String deploy(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return act(flash, form.get("mission"), () -> {
            var offer = missions.deploy(actor, new OfferId(id), new MissionCommands.Deployment(personnel(form), date(form.get("on")),
                    form.get("location")), clock.instant());
            return "Recorded the deployment; " + offer.name() + " has " + Figures.of(offer.deployed()) + " deployed.";
        });
    }

    @PostMapping("/workspace/missions/{id}/reports")
    String fileReport(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return act(flash, id, () -> "Filed the report due on " + missions.fileReport(actor, new MissionId(id), new MissionCommands.FileReport(
                date(form.get("dueOn")), form.get("title"), form.get("document"), date(form.get("submittedOn"))), clock.instant()).dueOn() + ".");
    }

    // --- what the forms give

    private static MissionCommands.MandateTerms terms(Map<String, String> form) {
        return new MissionCommands.MandateTerms(lines(form.get("tasks")), form.get("area"), personnel(form), form.get("useOfForce"),
                date(form.get("start")), date(form.get("end")), integer(form.get("reportingMonths"), "reportingMonths"),
                lines(form.get("documents")));
    }

    /** Numbers by personnel type from the fields named after the types ("TROOPS", "POLICE", …); blank is none. */
    private static Map<PersonnelType, Integer> personnel(Map<String, String> form) {
        var figures = new EnumMap<PersonnelType, Integer>(PersonnelType.class);
        for (var type : PersonnelType.values()) {
            Integer n = integer(form.get(type.name()), Figures.name(type));
            if (n != null) {
                figures.put(type, n);
            }
        }
        return figures;
    }

    /** The caveat rows filled in: kind, and one detail read as the task, area or words the kind needs, and a date. */
    private static List<MissionCommands.Caveat> caveats(Map<String, String> form) {
        var caveats = new ArrayList<MissionCommands.Caveat>();
        for (int row = 1; row <= CAVEAT_ROWS; row++) {
            String kindName = blankToNull(form.get("caveat" + row + "Kind"));
            if (kindName == null) {
                continue;
            }
            var kind = enumValue(CaveatKind.class, kindName, "caveat kind");
            String detail = blankToNull(form.get("caveat" + row + "Detail"));
            var until = date(form.get("caveat" + row + "Until"));
            caveats.add(new MissionCommands.Caveat(kind, kind == CaveatKind.TASK_EXCLUDED ? detail : null,
                    kind == CaveatKind.AREA_LIMIT ? detail : null, until,
                    kind == CaveatKind.TASK_EXCLUDED || kind == CaveatKind.AREA_LIMIT ? null : detail));
        }
        return caveats;
    }

    private static List<String> lines(String text) {
        var lines = new ArrayList<String>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    private static StateCode own(Actor actor) {
        if (!actor.isDelegate()) {
            throw new CouncilProblem.NotPermitted("not-your-state", "Only a state's own delegation says this for its state.");
        }
        return StateCode.of(actor.state());
    }

    private static Integer integer(String text, String field) {
        return FormFields.wholeNumber(text, field);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        return FormFields.choice(type, value, field);
    }

    private static LocalDate date(String text) {
        return FormFields.date(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String act(RedirectAttributes flash, String mission, Supplier<String> command) {
        return FormFields.act(flash, mission == null || mission.isBlank() ? "/workspace/missions"
                : "/workspace/missions?mission=" + java.net.URLEncoder.encode(mission, java.nio.charset.StandardCharsets.UTF_8), command);
    }
}
