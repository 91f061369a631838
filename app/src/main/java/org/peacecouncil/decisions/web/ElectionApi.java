package org.peacecouncil.decisions.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.Valid;
import org.peacecouncil.decisions.Elections;
import org.peacecouncil.decisions.Views;
import org.peacecouncil.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/elections")
@Tag(name = "Elections", description = "Elections to offices and seats, in rounds until a candidate reaches the charter's threshold")
class ElectionApi {

    record ElectionRequest(@NotBlank String meetingId, String seat, List<Elections.Nominee> candidates) {
    }

    record RoundRequest(Instant closesAt, Integer minutes, List<String> withdrawn) {
    }

    /** {@code candidate}: the candidate's id, or null to abstain. */
    record ElectionBallotRequest(String state, String candidate) {
    }

    private final Elections elections;
    private final Clock clock;

    ElectionApi(Elections elections, Clock clock) {
        this.elections = elections;
        this.clock = clock;
    }

    @GetMapping
    List<Views.ElectionSummary> elections() {
        return elections.elections();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An election with its candidates and every round, with each state's ballot")
    Views.Election election(@PathVariable String id) {
        return elections.election(id);
    }

    @PostMapping
    @Operation(summary = "Hold an election in a voting meeting (the Chair or the secretariat)")
    ResponseEntity<Views.Election> call(Actor actor, @Valid @RequestBody ElectionRequest request) {
        var election = elections.call(actor, request.meetingId(), request.seat(), request.candidates(), clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/elections/" + election.id())).body(election);
    }

    @PostMapping("/{id}/rounds")
    @Operation(summary = "Open the next round (the Chair or the secretariat), optionally after candidates withdraw")
    ResponseEntity<Views.Election> openRound(Actor actor, @PathVariable String id, @RequestBody RoundRequest request) {
        Instant now = clock.instant();
        Instant closesAt = request.closesAt() != null ? request.closesAt()
                : request.minutes() != null ? now.plusSeconds(60L * request.minutes()) : null;
        var election = elections.openRound(actor, id, closesAt, request.withdrawn(), now);
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(election);
    }

    @PostMapping("/{id}/ballots")
    @Operation(summary = "Cast or change your state's ballot in the open round (null candidate: abstain)")
    ResponseEntity<Views.Election> cast(Actor actor, @PathVariable String id, @RequestBody ElectionBallotRequest request) {
        var election = elections.cast(actor, id, request.state(), request.candidate(), clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(election);
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Close the open round before its deadline (the Chair or the secretariat)")
    Views.Election close(Actor actor, @PathVariable String id) {
        return elections.closeRound(actor, id, clock.instant());
    }
}
