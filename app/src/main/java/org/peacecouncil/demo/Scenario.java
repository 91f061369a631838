package org.peacecouncil.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The facts of the scenario file the demo needs. */
record Scenario(LocalDate signed, String chairState, String chairPerson, String chairTitle, List<String> executiveBoard,
        List<String> foundingMembers, List<String> stayedOut, LocalDate firstMeeting, List<String> observersAtFirstMeeting,
        List<ScenarioFund> funds, List<ScenarioPledge> pledges, List<ScenarioMission> missions, ScenarioCaveats caveats,
        List<ScenarioStatement> statements) {

    /**
     * A statement as reported: by a speaker about states ({@code claim}), or a state's own clarification ({@code byState},
     * {@code says}); {@code date} as reported, which may be a month only ("2025-12").
     */
    record ScenarioStatement(String id, String date, String speaker, String claim, List<String> states, String byState, String says) {

        /** The day it was said: the last day of the month when only the month was reported. */
        LocalDate day() {
            return date.length() == 7 ? java.time.YearMonth.parse(date).atEndOfMonth() : LocalDate.parse(date);
        }

        /** The date as reported, when it is less precise than a day. */
        String asReported() {
            return date.length() == 7 ? date + " (the day was not reported)" : null;
        }
    }

    /** A fund with the total announced for it in whole units (a statement), or null. */
    record ScenarioFund(String id, String name, String currency, Long announced) {
    }

    /** A pledge a state announced itself, in whole units; {@code fund} null where it named none. */
    record ScenarioPledge(String state, String fund, long amount, String currency, String note) {
    }

    /** An outside authority behind a mission, with how often it asks for reports ("every six months"). */
    record ScenarioAuthority(String body, String resolution, LocalDate adoptedOn, String vote, LocalDate until, String reports) {
    }

    /**
     * A contributor announced for a mission, as reported; {@code upTo} the ceiling it named, or null where no number was
     * given.
     */
    record AnnouncedContributor(String state, String personnel, Integer upTo) {
    }

    /** A mission: what authorizes it, its tasks, force, target strength by personnel type (troops, police) and command. */
    record ScenarioMission(String id, String name, List<ScenarioAuthority> authorities, List<String> tasks, String useOfForce,
            Map<String, Integer> targetStrength, String commander, String deputyCommandState, List<AnnouncedContributor> announced,
            String firstArea) {
    }

    /** National caveats as a state stated them. */
    record ScenarioCaveats(String state, List<String> caveats) {
    }

    @SuppressWarnings("unchecked")
    private static ScenarioMission mission(Map<String, Object> m) {
        var command = (Map<String, Object>) m.getOrDefault("command", Map.of());
        return new ScenarioMission((String) m.get("id"), (String) m.get("name"),
                ((List<Map<String, Object>>) m.getOrDefault("authorized_by", List.of())).stream().map(a -> new ScenarioAuthority(
                        (String) a.get("body"), String.valueOf(a.get("resolution")), date(a.get("date")), (String) a.get("vote"),
                        a.get("authorized_until") == null ? null : date(a.get("authorized_until")), (String) a.get("reports"))).toList(),
                (List<String>) m.get("tasks"), (String) m.get("use_of_force"), (Map<String, Integer>) m.get("target_strength"),
                (String) command.get("commander"), (String) command.get("deputy_commander_state"),
                ((List<Map<String, Object>>) m.getOrDefault("announced_contributors", List.of())).stream().map(c -> new AnnouncedContributor(
                        (String) c.get("state"), (String) c.get("personnel"), (Integer) c.get("up_to"))).toList(),
                (String) m.get("first_area"));
    }

    @SuppressWarnings("unchecked")
    static Scenario load() {
        Map<String, Object> doc;
        try (InputStream in = new ClassPathResource(DemoCouncil.SCENARIO).getInputStream()) {
            doc = new Yaml(new LoaderOptions()).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo scenario " + DemoCouncil.SCENARIO, e);
        }
        var chair = (Map<String, Object>) doc.get("chair");
        var meetings = (List<Map<String, Object>>) doc.get("meetings");
        var first = meetings.stream().filter(m -> "first-meeting".equals(m.get("id"))).findFirst().orElseThrow();
        return new Scenario(date(doc.get("charter_signed")), (String) chair.get("state"), (String) chair.get("person"),
                (String) chair.get("title"), (List<String>) doc.get("executive_board"),
                (List<String>) doc.get("founding_members"), (List<String>) doc.get("declined_or_stayed_out"),
                date(first.get("date")), (List<String>) first.get("observers_reported"),
                ((List<Map<String, Object>>) doc.getOrDefault("funds", List.of())).stream().map(f -> new ScenarioFund((String) f.get("id"),
                        (String) f.get("name"), (String) f.get("currency"),
                        f.get("announced_total") == null ? null : ((Number) f.get("announced_total")).longValue())).toList(),
                ((List<Map<String, Object>>) doc.getOrDefault("pledges", List.of())).stream().map(p -> new ScenarioPledge(
                        (String) p.get("state"), (String) p.get("fund"), ((Number) p.get("amount")).longValue(),
                        (String) p.get("currency"), (String) p.get("note"))).toList(),
                ((List<Map<String, Object>>) doc.getOrDefault("missions", List.of())).stream().map(Scenario::mission).toList(),
                caveats((Map<String, Object>) doc.get("caveats_example")),
                ((List<Map<String, Object>>) doc.getOrDefault("statements", List.of())).stream().map(m -> new ScenarioStatement(
                        (String) m.get("id"), text(m.get("date")), (String) m.get("speaker"), (String) m.get("claim"),
                        (List<String>) m.getOrDefault("states", List.of()), (String) m.get("by_state"), (String) m.get("says"))).toList());
    }

    private static String text(Object date) {
        return date instanceof java.util.Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString() : String.valueOf(date);
    }

    @SuppressWarnings("unchecked")
    private static ScenarioCaveats caveats(Map<String, Object> example) {
        return example == null ? null : new ScenarioCaveats((String) example.get("state"), (List<String>) example.get("caveats"));
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
