package org.peacecouncil.missions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.missions.MissionId;
import org.peacecouncil.missions.MissionRecords;
import org.peacecouncil.missions.PersonnelType;
import org.peacecouncil.missions.Views;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Timestamps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public mission pages: every mission with its authorized strength; one mission with its mandate and its
 * versions, its strength as of a day with a chart, the states engaged with their caveats, the offers, the
 * questions and answers, and the reports due.
 */
@Controller
class MissionPages {

    /**
     * One personnel type's bars: authorized, offered, accepted and deployed, each as a percentage of the largest of
     * them, so that an offer beyond the authorized strength shows as longer than it.
     */
    record StrengthBars(PersonnelType type, int authorized, int offered, int accepted, int deployed, double authorizedWidth,
            double offeredWidth, double acceptedWidth, double deployedWidth) {
    }

    private final MissionRecords records;
    private final Clock clock;

    MissionPages(MissionRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/missions")
    String missions(Model model) {
        model.addAttribute("missions", records.missions());
        return "missions";
    }

    @GetMapping("/missions/{id}")
    String mission(Actor actor, @PathVariable String id, @RequestParam(required = false) String on, Model model) {
        var missionId = new MissionId(id);
        var mission = records.mission(missionId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate asOf = day(on, today);
        var strength = records.strength(missionId, asOf);
        model.addAttribute("mission", mission);
        model.addAttribute("mandates", records.mandates(missionId));
        model.addAttribute("strength", strength);
        model.addAttribute("bars", bars(strength));
        model.addAttribute("asOf", asOf);
        model.addAttribute("today", today);
        var questions = records.questions(missionId, actor);
        model.addAttribute("questions", questions);
        model.addAttribute("questionsByState", byState(questions));
        model.addAttribute("reports", records.reports(missionId, today));
        model.addAttribute("caveats", caveatWords(mission));
        return "mission";
    }

    /** One state's page in the mission: where it stands, since when its questions are open, its caveats, offers and questions. */
    @GetMapping("/missions/{id}/states/{state}")
    String state(Actor actor, @PathVariable String id, @PathVariable String state, Model model) {
        var missionId = new MissionId(id);
        var mission = records.mission(missionId);
        var code = org.peacecouncil.platform.StateCode.of(state);
        model.addAttribute("mission", mission);
        model.addAttribute("participant", records.participant(missionId, code));
        model.addAttribute("offers", mission.offers().stream().filter(o -> o.state().equals(code.alpha3())).toList());
        model.addAttribute("questions", records.questions(missionId, actor).stream().filter(q -> q.state().equals(code.alpha3())).toList());
        model.addAttribute("caveats", caveatWords(mission));
        model.addAttribute("standingCaveats", records.participant(missionId, code).caveats().stream().map(CaveatWords::of).toList());
        return "mission-state";
    }

    /** One state's questions, in the order filed. */
    record Asked(String state, String name, List<Views.Question> questions, long answered) {
    }

    private static List<Asked> byState(List<Views.Question> questions) {
        var grouped = new java.util.LinkedHashMap<String, List<Views.Question>>();
        questions.forEach(q -> grouped.computeIfAbsent(q.state(), k -> new ArrayList<>()).add(q));
        return grouped.values().stream().map(qs -> new Asked(qs.get(0).state(), qs.get(0).name(), qs,
                qs.stream().filter(Views.Question::answered).count())).toList();
    }

    /** Each offer's and each state's caveats in words, by offer id and by "state:" + alpha-3. */
    private static Map<String, List<String>> caveatWords(Views.Mission mission) {
        var words = new java.util.HashMap<String, List<String>>();
        for (var o : mission.offers()) {
            words.put(o.id(), o.caveats().stream().map(CaveatWords::of).toList());
        }
        for (var p : mission.participants()) {
            words.put("state:" + p.state(), p.caveats().stream().map(CaveatWords::of).toList());
        }
        return words;
    }

    static List<StrengthBars> bars(Views.Strength strength) {
        var types = EnumSet.noneOf(PersonnelType.class);
        types.addAll(strength.authorized().keySet());
        types.addAll(strength.offered().keySet());
        var bars = new ArrayList<StrengthBars>();
        for (var type : types) {
            int authorized = strength.authorized().getOrDefault(type, 0);
            int offered = strength.offered().getOrDefault(type, 0);
            int accepted = strength.accepted().getOrDefault(type, 0);
            int deployed = strength.deployed().getOrDefault(type, 0);
            int max = Math.max(1, Math.max(authorized, Math.max(offered, Math.max(accepted, deployed))));
            bars.add(new StrengthBars(type, authorized, offered, accepted, deployed, width(authorized, max), width(offered, max),
                    width(accepted, max), width(deployed, max)));
        }
        return bars;
    }

    private static double width(int value, int max) {
        return value == 0 ? 0 : Math.max(0.5, 100.0 * value / max);
    }

    private static LocalDate day(String on, LocalDate today) {
        if (on == null || on.isBlank()) {
            return today;
        }
        try {
            return Timestamps.sane(LocalDate.parse(on.strip()), "on");
        } catch (DateTimeParseException e) {
            throw new CouncilProblem.InvalidRequest("bad-date", "on: a date as YYYY-MM-DD.");
        }
    }
}
