package org.peacecouncil.decisions.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.decisions.DecisionCommands;
import org.peacecouncil.decisions.ElectionId;
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

    private final Elections elections;
    private final Clock clock;

    ElectionApi(Elections elections, Clock clock) {
        this.elections = elections;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Elections: the seat, the meeting, the status and the rounds held")
    List<Views.ElectionSummary> elections() {
        return elections.elections();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An election with its candidates and every round, with each state's ballot")
    Views.Election election(@PathVariable String id) {
        return elections.election(new ElectionId(id));
    }

    @PostMapping
    @Operation(summary = "Hold an election in a voting meeting (the Chair or the secretariat)")
    ResponseEntity<Views.Election> call(Actor actor, @RequestBody DecisionCommands.CallElection request) {
        var election = elections.call(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/elections/" + election.id())).body(election);
    }

    @PostMapping("/{id}/rounds")
    @Operation(summary = "Open the next round (the Chair or the secretariat), optionally after candidates withdraw")
    ResponseEntity<Views.Election> openRound(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.OpenRound request) {
        var election = elections.openRound(actor, new ElectionId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(election);
    }

    @PostMapping("/{id}/ballots")
    @Operation(summary = "Cast or change your state's ballot in the open round (null candidate: abstain)")
    ResponseEntity<Views.Election> cast(Actor actor, @PathVariable String id, @RequestBody DecisionCommands.CastElectionBallot request) {
        var election = elections.cast(actor, new ElectionId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(election);
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Close the open round before its deadline (the Chair or the secretariat)")
    Views.Election close(Actor actor, @PathVariable String id) {
        return elections.closeRound(actor, new ElectionId(id), clock.instant());
    }
}
