package org.peacecouncil.missions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;
import org.peacecouncil.platform.Timestamps;

/**
 * The missions acts, one self-validating record each, shared by the API (as its request body) and the pages: a
 * record that exists is a valid request, so bad input is refused before anything is read or written.
 * (Its length: fourteen acts' records, each its own checks, kept together as the one place a request is validated.)
 */
public final class MissionCommands {

    /** More than any force ever fielded: a figure above it is a typing error, not a strength. */
    static final int MOST_PERSONNEL = 1_000_000;

    private MissionCommands() {
    }

    /** An outside authority behind a mission: a Security Council resolution with its vote and the date it runs to. */
    public record Authority(String body, String reference, LocalDate adoptedOn, String vote, LocalDate authorizedUntil) {
        public Authority {
            body = Texts.required(body, "authority.body", 200);
            reference = Texts.required(reference, "authority.reference", 200);
            adoptedOn = date(adoptedOn, "authority.adoptedOn");
            vote = Texts.optional(vote, "authority.vote", 200);
            authorizedUntil = authorizedUntil == null ? null : Timestamps.sane(authorizedUntil, "authority.authorizedUntil");
        }
    }

    /**
     * What a mission is mandated to do: its tasks, area, authorized strength by personnel type, the force it may
     * use, when it runs, how often it reports (months) and the documents behind it.
     */
    public record MandateTerms(List<String> tasks, String area, Map<PersonnelType, Integer> authorizedStrength, String useOfForce,
            LocalDate start, LocalDate end, Integer reportingMonths, List<String> documents) {
        public MandateTerms {
            tasks = texts(tasks, "tasks", 500);
            if (tasks.isEmpty()) {
                throw new InvalidRequest("missing-field", "tasks: a mandate names at least one task.");
            }
            area = Texts.required(area, "area", 500);
            authorizedStrength = strength(authorizedStrength, "authorizedStrength");
            if (authorizedStrength.isEmpty()) {
                throw new InvalidRequest("missing-field", "authorizedStrength: give the authorized number of at least one personnel type.");
            }
            useOfForce = Texts.required(useOfForce, "useOfForce", 500);
            start = date(start, "start");
            end = end == null ? null : Timestamps.sane(end, "end");
            if (end != null && end.isBefore(start)) {
                throw new InvalidRequest("bad-dates", "end: a mandate ends on or after its start (" + start + ").");
            }
            if (reportingMonths == null || reportingMonths < 1 || reportingMonths > 60) {
                throw new InvalidRequest("bad-reporting-cycle", "reportingMonths: reports are due every 1 to 60 months.");
            }
            documents = texts(documents, "documents", 1000);
        }
    }

    /** The mission's office establishes a mission under a council decision and/or an outside authority, with its first mandate. */
    public record Establish(String name, String command, StateCode leadState, StateCode deputyState, String decision,
            List<Authority> authorities, MandateTerms mandate) {
        public Establish {
            name = Texts.required(name, "name", 200);
            command = Texts.optional(command, "command", 500);
            decision = Texts.optional(decision, "decision", 100);
            authorities = authorities == null ? List.of() : List.copyOf(authorities);
            if (decision == null && authorities.isEmpty()) {
                throw new InvalidRequest("authority-required",
                        "A mission is established by a council decision (decision: the adopted motion) or an outside authority (authorities).");
            }
            if (mandate == null) {
                throw new InvalidRequest("missing-field", "mandate: a mission is established with its mandate.");
            }
        }
    }

    /** A change of mandate: a new version, with why. */
    public record ChangeMandate(MandateTerms mandate, String reason) {
        public ChangeMandate {
            if (mandate == null) {
                throw new InvalidRequest("missing-field", "mandate: give the new mandate whole.");
            }
            reason = Texts.required(reason, "reason", 2000);
        }
    }

    /** One question of a questionnaire; a confidential one is public only as a question asked and when it was answered. */
    public record NewQuestion(String text, Boolean confidential) {
        public NewQuestion {
            text = Texts.required(text, "text", 4000);
            confidential = Boolean.TRUE.equals(confidential);
        }
    }

    /** A state's delegation files questions about a mission: any number at once. */
    public record FileQuestions(StateCode state, List<NewQuestion> questions, ActSignature signature) {
        public FileQuestions(StateCode state, List<NewQuestion> questions) {
            this(state, questions, null);
        }

        public FileQuestions {
            if (state == null) {
                throw new InvalidRequest("missing-field", "state: the asking state's ISO 3166-1 alpha-3 code.");
            }
            if (questions == null || questions.isEmpty()) {
                throw new InvalidRequest("missing-field", "questions: file at least one question.");
            }
            if (questions.size() > 500) {
                throw new InvalidRequest("too-many", "questions: at most 500 at once.");
            }
            for (var q : questions) {
                if (q == null) {
                    throw new InvalidRequest("missing-field", "questions: a question has its text.");
                }
            }
            questions = List.copyOf(questions);
        }
    }

    /** The mission's office answers a question. */
    public record Answer(String text) {
        public Answer {
            text = Texts.required(text, "text", 8000);
        }
    }

    /** A national caveat: a restriction on how the state's personnel may be used, structured where it can be. */
    public record Caveat(CaveatKind kind, String task, String area, LocalDate until, String text) {
        public Caveat {
            if (kind == null) {
                throw new InvalidRequest("missing-field", "caveats.kind: one of " + List.of(CaveatKind.values()) + ".");
            }
            task = Texts.optional(task, "caveats.task", 500);
            area = Texts.optional(area, "caveats.area", 500);
            until = until == null ? null : Timestamps.sane(until, "caveats.until");
            text = Texts.optional(text, "caveats.text", 2000);
            if (kind == CaveatKind.TASK_EXCLUDED && task == null) {
                throw new InvalidRequest("missing-field", "caveats.task: name the task excluded.");
            }
            if (kind == CaveatKind.AREA_LIMIT && area == null) {
                throw new InvalidRequest("missing-field", "caveats.area: name the area it is limited to.");
            }
            if (kind == CaveatKind.TIME_LIMIT && until == null) {
                throw new InvalidRequest("missing-field", "caveats.until: give the date it is limited to.");
            }
            if (kind == CaveatKind.OTHER && text == null) {
                throw new InvalidRequest("missing-field", "caveats.text: say what the restriction is.");
            }
        }
    }

    /**
     * An offer: personnel by type and number, units and capabilities, readiness, national caveats. Made by the state's
     * own delegation; the mission's office may enter one on its behalf only with the document it comes from.
     * {@code mandateVersion}, when given, is the version the state read: an offer against an outdated one is refused.
     */
    public record MakeOffer(StateCode state, Map<PersonnelType, Integer> personnel, List<String> units, Readiness readiness,
            List<Caveat> caveats, String notes, Integer mandateVersion, String document, ActSignature signature) {
        public MakeOffer(StateCode state, Map<PersonnelType, Integer> personnel, List<String> units, Readiness readiness, List<Caveat> caveats,
                String notes, Integer mandateVersion, String document) {
            this(state, personnel, units, readiness, caveats, notes, mandateVersion, document, null);
        }

        public MakeOffer {
            if (state == null) {
                throw new InvalidRequest("missing-field", "state: the offering state's ISO 3166-1 alpha-3 code.");
            }
            personnel = strength(personnel, "personnel");
            if (personnel.isEmpty()) {
                throw new InvalidRequest("missing-field", "personnel: offer at least one person of one type.");
            }
            units = texts(units, "units", 500);
            if (readiness == null) {
                throw new InvalidRequest("missing-field", "readiness: one of " + List.of(Readiness.values()) + ".");
            }
            caveats = checkedCaveats(caveats);
            notes = Texts.optional(notes, "notes", 4000);
            document = Texts.optional(document, "document", 1000);
        }
    }

    /** The mission's office accepts an offer; an offer whose caveats exclude a mandated task only with that acknowledged. */
    public record Acceptance(Boolean acknowledgeConflicts, String note) {
        public Acceptance {
            acknowledgeConflicts = Boolean.TRUE.equals(acknowledgeConflicts);
            note = Texts.optional(note, "note", 2000);
        }
    }

    /** Personnel of an accepted offer deployed on a date. */
    public record Deployment(Map<PersonnelType, Integer> personnel, LocalDate on, String location) {
        public Deployment {
            personnel = strength(personnel, "personnel");
            if (personnel.isEmpty()) {
                throw new InvalidRequest("missing-field", "personnel: give the numbers deployed.");
            }
            on = date(on, "on");
            location = Texts.optional(location, "location", 500);
        }
    }

    /** A state's delegation declares the national caveats that apply to every offer it makes to the mission. */
    public record DeclareCaveats(StateCode state, List<Caveat> caveats) {
        public DeclareCaveats {
            if (state == null) {
                throw new InvalidRequest("missing-field", "state: the declaring state's ISO 3166-1 alpha-3 code.");
            }
            caveats = checkedCaveats(caveats);
            if (caveats.size() > 50) {
                throw new InvalidRequest("too-many", "caveats: at most 50.");
            }
        }
    }

    /** The mission's office files the report due on a date of the reporting cycle: its title and where it is. */
    public record FileReport(LocalDate dueOn, String title, String document, LocalDate submittedOn) {
        public FileReport {
            dueOn = date(dueOn, "dueOn");
            title = Texts.required(title, "title", 500);
            document = Texts.required(document, "document", 1000);
            submittedOn = date(submittedOn, "submittedOn");
        }
    }

    /** The state's delegation declines to take part, or withdraws, with its reason on the record. */
    public record Reason(String reason, ActSignature signature) {
        public Reason {
            reason = Texts.optional(reason, "reason", 2000);
        }

        public Reason(String reason) {
            this(reason, null);
        }
    }

    /** A state's confirmation of an offer entered on its behalf, signed by its delegation or not. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "OfferConfirmationRequest")
    public record Confirmation(ActSignature signature) {
        public static final Confirmation UNSIGNED = new Confirmation(null);
    }

    static Map<PersonnelType, Integer> strength(Map<PersonnelType, Integer> given, String field) {
        var all = new EnumMap<PersonnelType, Integer>(PersonnelType.class);
        if (given == null) {
            return all;
        }
        for (var e : given.entrySet()) {
            if (e.getKey() == null) {
                throw new InvalidRequest("bad-personnel-type", field + ": personnel types are " + List.of(PersonnelType.values()) + ".");
            }
            Integer n = e.getValue();
            if (n == null || n < 1 || n > MOST_PERSONNEL) {
                throw new InvalidRequest("bad-strength", field + "." + e.getKey() + ": a whole number of people from 1 to "
                        + MOST_PERSONNEL + " (was " + n + ").");
            }
            all.put(e.getKey(), n);
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    private static List<Caveat> checkedCaveats(List<Caveat> given) {
        if (given == null) {
            return List.of();
        }
        for (var caveat : given) {
            if (caveat == null) {
                throw new InvalidRequest("missing-field", "caveats: each caveat has its kind.");
            }
        }
        return List.copyOf(given);
    }

    private static List<String> texts(List<String> given, String field, int max) {
        var all = new ArrayList<String>();
        if (given != null) {
            for (String text : given) {
                all.add(Texts.required(text, field, max));
            }
        }
        if (all.size() > 200) {
            throw new InvalidRequest("too-many", field + ": at most 200.");
        }
        return List.copyOf(all);
    }

    private static LocalDate date(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidRequest("missing-field", field + ": give a date (YYYY-MM-DD).");
        }
        return Timestamps.sane(date, field);
    }
}
