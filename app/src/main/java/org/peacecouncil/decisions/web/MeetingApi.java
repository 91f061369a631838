package org.peacecouncil.decisions.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.decisions.DecisionCommands;
import org.peacecouncil.decisions.MeetingId;
import org.peacecouncil.decisions.Meetings;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.decisions.Views;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.StateCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Meetings, attendance and the motions tabled in them")
class MeetingApi {

    private final Meetings meetings;
    private final Motions motions;
    private final Clock clock;

    MeetingApi(Meetings meetings, Motions motions, Clock clock) {
        this.meetings = meetings;
        this.motions = motions;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Meetings, latest first")
    List<Views.MeetingSummary> meetings() {
        return meetings.meetings();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting with its agenda, attendance, motions and elections")
    Views.Meeting meeting(@PathVariable String id) {
        return meetings.meeting(new MeetingId(id));
    }

    @PostMapping
    @Operation(summary = "Call a meeting (the office the charter names: the Chair for the Board of Peace)")
    ResponseEntity<Views.Meeting> call(Actor actor, @RequestBody DecisionCommands.CallMeeting request) {
        var meeting = meetings.call(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(meeting);
    }

    @PostMapping("/{id}/opening")
    @Operation(summary = "Open the sitting (the Chair or the secretariat)")
    Views.Meeting open(Actor actor, @PathVariable String id) {
        return meetings.open(actor, new MeetingId(id), clock.instant());
    }

    @PostMapping("/{id}/adjournment")
    @Operation(summary = "Adjourn the sitting (the Chair or the secretariat); no vote may be open")
    Views.Meeting adjourn(Actor actor, @PathVariable String id) {
        return meetings.adjourn(actor, new MeetingId(id), clock.instant());
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Register a member delegation's attendance (only that state's own delegation)")
    ResponseEntity<Views.Meeting> attend(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.RegisterAttendance request) {
        var meeting = meetings.attend(actor, new MeetingId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meeting);
    }

    @PostMapping("/{id}/observers")
    @Operation(summary = "Record an observer state or organisation (the Chair or the secretariat); observers never vote")
    ResponseEntity<Views.Meeting> observe(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.RecordMeetingObserver request) {
        var meeting = meetings.observe(actor, new MeetingId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meeting);
    }

    @PostMapping("/{id}/attendance/{state}/approval")
    @Operation(summary = "Approve or refuse an alternate (the office the charter names)")
    Views.Meeting approveAlternate(Actor actor, @PathVariable String id, @PathVariable String state,
            @RequestBody DecisionCommands.DecideAlternate request) {
        return meetings.decideAlternate(actor, new MeetingId(id), StateCode.of(state), request, clock.instant());
    }

    @PostMapping("/{id}/motions")
    @Operation(summary = "Table a motion, or an amendment with 'amends' (a delegation present, the Chair or the secretariat)")
    ResponseEntity<Views.Motion> propose(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.TableMotion request) {
        var motion = motions.propose(actor, new MeetingId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/motions/" + motion.id())).body(motion);
    }
}
