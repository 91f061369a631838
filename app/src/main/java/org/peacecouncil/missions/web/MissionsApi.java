package org.peacecouncil.missions.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.missions.MissionCommands;
import org.peacecouncil.missions.MissionId;
import org.peacecouncil.missions.MissionRecords;
import org.peacecouncil.missions.Missions;
import org.peacecouncil.missions.OfferId;
import org.peacecouncil.missions.QuestionId;
import org.peacecouncil.missions.Views;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Page;
import org.peacecouncil.platform.StateCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Missions", description = "Missions, their mandates, the states' questions, offers with national caveats, acceptances and deployments")
class MissionsApi {

    private final Missions missions;
    private final MissionRecords records;
    private final Clock clock;

    MissionsApi(Missions missions, MissionRecords records, Clock clock) {
        this.missions = missions;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/missions")
    @Operation(summary = "The missions with their mandates' areas and authorized strengths, in the order established (cursor pages: 'after' is the previous page's 'next')")
    Page<Views.MissionSummary> missions(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return records.missions(after, limit);
    }

    @PostMapping("/missions")
    @Operation(summary = "Establish a mission under an adopted council decision and/or an outside authority, with its first mandate (the office the charter names: missions.managedBy)")
    ResponseEntity<Views.Mission> establish(Actor actor, @RequestBody MissionCommands.Establish request) {
        var mission = missions.establish(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + mission.id())).body(mission);
    }

    @GetMapping("/missions/{id}")
    @Operation(summary = "A mission: its authorities, the mandate in force, the states engaged and their offers with caveats")
    Views.Mission mission(@PathVariable String id) {
        return records.mission(new MissionId(id));
    }

    @GetMapping("/missions/{id}/mandates")
    @Operation(summary = "Every version of the mission's mandate, oldest first, with their log entries")
    List<Views.Mandate> mandates(@PathVariable String id) {
        return records.mandates(new MissionId(id));
    }

    @PostMapping("/missions/{id}/mandates")
    @Operation(summary = "Change the mandate: a new version, with its reason (the mission's office)")
    ResponseEntity<Views.Mandate> changeMandate(Actor actor, @PathVariable String id, @RequestBody MissionCommands.ChangeMandate request) {
        var mandate = missions.changeMandate(actor, new MissionId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + id + "/mandates")).body(mandate);
    }

    @GetMapping("/missions/{id}/questions")
    @Operation(summary = "The states' questions and the answers in the order filed; a confidential one shows only that it exists and when it was answered (cursor pages)")
    Page<Views.Question> questions(Actor actor, @PathVariable String id, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit) {
        return records.questions(new MissionId(id), actor, after, limit);
    }

    @PostMapping("/missions/{id}/questions")
    @Operation(summary = "File questions about the mission (only the asking state's own delegation)")
    ResponseEntity<List<Views.Question>> fileQuestions(Actor actor, @PathVariable String id,
            @RequestBody MissionCommands.FileQuestions request) {
        var filed = missions.fileQuestions(actor, new MissionId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + id + "/questions")).body(filed);
    }

    @PostMapping("/mission-questions/{id}/answer")
    @Operation(summary = "Answer a question (the mission's office); an answer stays as given")
    ResponseEntity<Views.Question> answer(Actor actor, @PathVariable String id, @RequestBody MissionCommands.Answer request) {
        var answered = missions.answer(actor, new QuestionId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/missions/questions/" + id)).body(answered);
    }

    @GetMapping("/missions/{id}/offers")
    @Operation(summary = "The offers made to the mission in the order made, each with its caveats, the mandate version it names and what is deployed (cursor pages)")
    Page<Views.Offer> offers(@PathVariable String id, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit) {
        return records.offers(new MissionId(id), after, limit);
    }

    @GetMapping(value = "/missions/{id}/contributions.csv", produces = "text/csv")
    @Operation(summary = "The mission's contributions as CSV: one line per offer and personnel type, with status, numbers offered and deployed, caveats and log entries")
    ResponseEntity<String> contributionsCsv(@PathVariable String id) {
        return ResponseEntity.ok().contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contributions-" + id + ".csv\"")
                .body(MissionCsv.contributions(records.mission(new MissionId(id))));
    }

    @PostMapping("/missions/{id}/caveats")
    @Operation(summary = "Declare your state's standing national caveats for the mission, applying to every offer it makes (only that state's own delegation; replaces those declared before)")
    ResponseEntity<Views.Participant> declareCaveats(Actor actor, @PathVariable String id, @RequestBody MissionCommands.DeclareCaveats request) {
        var participant = missions.declareCaveats(actor, new MissionId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + id + "/states/" + participant.state())).body(participant);
    }

    @GetMapping("/missions/{id}/reports")
    @Operation(summary = "The reports due under the mandate's reporting cycle, each FILED, OVERDUE or UPCOMING as of today")
    List<Views.Report> reports(@PathVariable String id) {
        return records.reports(new MissionId(id), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    @PostMapping("/missions/{id}/reports")
    @Operation(summary = "File the report due on a date of the reporting cycle (the mission's office)")
    ResponseEntity<Views.Report> fileReport(Actor actor, @PathVariable String id, @RequestBody MissionCommands.FileReport request) {
        var report = missions.fileReport(actor, new MissionId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + id + "/reports")).body(report);
    }

    @PostMapping("/missions/{id}/offers")
    @Operation(summary = "Offer personnel: by the state's own delegation; by the mission's office on its behalf only with the document and never while the state has questions open (unconfirmed until the delegation confirms)")
    ResponseEntity<Views.Offer> offer(Actor actor, @PathVariable String id, @RequestBody MissionCommands.MakeOffer request) {
        return created(missions.offer(actor, new MissionId(id), request, clock.instant()));
    }

    @GetMapping("/mission-offers/{id}")
    @Operation(summary = "One offer with its status, caveats, conflicts acknowledged at acceptance and deployments")
    Views.Offer offerById(@PathVariable String id) {
        return records.offer(new OfferId(id));
    }

    @PostMapping("/mission-offers/{id}/confirmation")
    @Operation(summary = "Confirm an offer entered on your state's behalf (only that state's own delegation)")
    ResponseEntity<Views.Offer> confirm(Actor actor, @PathVariable String id,
            @RequestBody(required = false) MissionCommands.Confirmation request) {
        return created(missions.confirmOffer(actor, new OfferId(id), request == null ? MissionCommands.Confirmation.UNSIGNED : request,
                clock.instant()));
    }

    @PostMapping("/mission-offers/{id}/acceptance")
    @Operation(summary = "Accept an offer (the mission's office); caveats that exclude a mandated task must be acknowledged")
    ResponseEntity<Views.Offer> accept(Actor actor, @PathVariable String id, @RequestBody MissionCommands.Acceptance request) {
        return created(missions.accept(actor, new OfferId(id), request, clock.instant()));
    }

    @PostMapping("/mission-offers/{id}/deployments")
    @Operation(summary = "Record personnel of an accepted offer deployed on a date, never more than offered (the mission's office)")
    ResponseEntity<Views.Offer> deploy(Actor actor, @PathVariable String id, @RequestBody MissionCommands.Deployment request) {
        return created(missions.deploy(actor, new OfferId(id), request, clock.instant()));
    }

    @GetMapping("/missions/{id}/states/{state}")
    @Operation(summary = "Where a state stands with the mission, and since when its questions are open")
    Views.Participant participant(@PathVariable String id, @PathVariable String state) {
        return records.participant(new MissionId(id), StateCode.of(state));
    }

    @PostMapping("/missions/{id}/states/{state}/decline")
    @Operation(summary = "Decline to take part (only the state's own delegation); its pending offers are withdrawn")
    ResponseEntity<Views.Participant> decline(Actor actor, @PathVariable String id, @PathVariable String state,
            @RequestBody(required = false) MissionCommands.Reason request) {
        var participant = missions.decline(actor, new MissionId(id), StateCode.of(state), reason(request), clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + id + "/states/" + state)).body(participant);
    }

    @PostMapping("/missions/{id}/states/{state}/withdrawal")
    @Operation(summary = "Withdraw from the mission (only the state's own delegation); all its offers are withdrawn")
    ResponseEntity<Views.Participant> withdraw(Actor actor, @PathVariable String id, @PathVariable String state,
            @RequestBody(required = false) MissionCommands.Reason request) {
        var participant = missions.withdraw(actor, new MissionId(id), StateCode.of(state), reason(request), clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + id + "/states/" + state)).body(participant);
    }

    @GetMapping("/missions/{id}/strength")
    @Operation(summary = "Authorized against offered, accepted and deployed, by personnel type and by state, as of the end of a day (UTC; today by default)")
    Views.Strength strength(@PathVariable String id, @RequestParam(required = false) String on) {
        return records.strength(new MissionId(id), day(on));
    }

    private LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }
        try {
            return org.peacecouncil.platform.Timestamps.sane(LocalDate.parse(on), "on");
        } catch (java.time.format.DateTimeParseException e) {
            throw new CouncilProblem.InvalidRequest("bad-date", "on: a date as YYYY-MM-DD.");
        }
    }

    private static MissionCommands.Reason reason(MissionCommands.Reason request) {
        return request == null ? new MissionCommands.Reason(null) : request;
    }

    private static ResponseEntity<Views.Offer> created(Views.Offer offer) {
        return ResponseEntity.created(URI.create("/api/v1/mission-offers/" + offer.id())).body(offer);
    }
}
