package org.peacecouncil.decisions.web;

import java.net.URI;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.decisions.DecisionCommands;
import org.peacecouncil.decisions.MotionId;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.decisions.Views;
import org.peacecouncil.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1/motions")
@Tag(name = "Motions", description = "Votes on motions: ballots, the count under the charter, tie-breaks and approval")
class MotionApi {

    private final Motions motions;
    private final RollCalls rollCalls;
    private final LiveRollCall live;
    private final Clock clock;

    MotionApi(Motions motions, RollCalls rollCalls, LiveRollCall live, Clock clock) {
        this.motions = motions;
        this.rollCalls = rollCalls;
        this.live = live;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A motion with its ballots and outcome (the count so far while the vote is open)")
    Views.Motion motion(@PathVariable String id) {
        return motions.motion(new MotionId(id));
    }

    @GetMapping(value = "/{id}/roll-call.csv", produces = "text/csv")
    @Operation(summary = "The roll-call as CSV: one row per member state present, with its vote and explanation")
    ResponseEntity<String> rollCall(@PathVariable String id) {
        return rollCalls.csv(motions.motion(new MotionId(id)));
    }

    @GetMapping(value = "/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: the motion as JSON (event 'motion') each time its roll-call changes")
    SseEmitter live(@PathVariable String id) {
        return live.follow(id, LiveRollCall.Format.JSON);
    }

    @PostMapping("/{id}/voting")
    @Operation(summary = "Put the motion to the vote until closesAt, or for 'minutes' (the Chair or the secretariat)")
    Views.Motion openVoting(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.PutToTheVote request) {
        return motions.openVoting(actor, new MotionId(id), request, clock.instant());
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Close the vote before its deadline (the Chair or the secretariat)")
    Views.Motion close(Actor actor, @PathVariable String id) {
        return motions.close(actor, new MotionId(id), clock.instant());
    }

    @PostMapping("/{id}/ballots")
    @Operation(summary = "Cast or change your state's ballot (only that state's delegation, present, while the vote is open)")
    ResponseEntity<Views.BallotReceipt> cast(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.CastBallot request) {
        var receipt = motions.cast(actor, new MotionId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/motions/" + id)).body(receipt);
    }

    @PostMapping("/{id}/tie-break")
    @Operation(summary = "The tie-break vote of the office the charter names")
    Views.Motion breakTie(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.BreakTie request) {
        return motions.breakTie(actor, new MotionId(id), request, clock.instant());
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Approve an adopted motion, or refuse it (the office the charter names)")
    Views.Motion approve(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.DecideApproval request) {
        return motions.decideApproval(actor, new MotionId(id), request, clock.instant());
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide a matter the charter gives to an office alone (e.g. subsidiary entities)")
    Views.Motion decide(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.DecideByOffice request) {
        return motions.decideByOffice(actor, new MotionId(id), request, clock.instant());
    }
}
