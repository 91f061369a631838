package org.peacecouncil.claims.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.Claims;
import org.peacecouncil.claims.ClaimsCommands;
import org.peacecouncil.claims.ClarificationId;
import org.peacecouncil.claims.ContributionLevel;
import org.peacecouncil.claims.StatementId;
import org.peacecouncil.claims.Verdicts;
import org.peacecouncil.claims.Views;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.FormFields;
import org.peacecouncil.platform.Money;
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
@Tag(name = "Claims", description = "Statements about states, the states' own clarifications, and verdicts computed from the records")
class ClaimsApi {

    private final Claims claims;
    private final Verdicts verdicts;
    private final Clock clock;

    ClaimsApi(Claims claims, Verdicts verdicts, Clock clock) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    @GetMapping("/statements")
    @Operation(summary = "The statements about states, recorded and proposed, in the order recorded")
    List<Views.StatementSummary> statements() {
        return verdicts.statements();
    }

    @PostMapping("/statements")
    @Operation(summary = "Record a statement about states with its typed assertions (the secretariat); anyone else signed in proposes it for the secretariat to record")
    ResponseEntity<Views.Statement> state(Actor actor, @RequestBody ClaimsCommands.NewStatement request) {
        var statement = claims.state(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/statements/" + statement.id())).body(statement);
    }

    @GetMapping("/statements/{id}")
    @Operation(summary = "A statement with a verdict per assertion and state, computed now from the records: its reasons linked to the log, the verdict when it was said, its history, the checkpoint")
    Views.Statement statement(@PathVariable String id) {
        return verdicts.statement(new StatementId(id));
    }

    @PostMapping("/statements/{id}/recording")
    @Operation(summary = "Record a proposed statement as proposed (the secretariat)")
    ResponseEntity<Views.Statement> record(Actor actor, @PathVariable String id) {
        var statement = claims.record(actor, new StatementId(id), clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/statements/" + id)).body(statement);
    }

    @GetMapping(value = "/statements/{id}/verdicts.csv", produces = "text/csv")
    @Operation(summary = "The statement's verdicts as CSV: one line per assertion and state, with the verdict now and when said, its basis and the log entries behind it")
    ResponseEntity<String> verdictsCsv(@PathVariable String id) {
        return ResponseEntity.ok().contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"verdicts-" + id + ".csv\"")
                .body(VerdictsCsv.of(verdicts.statement(new StatementId(id))));
    }

    @GetMapping("/clarifications")
    @Operation(summary = "The states' clarifications of their own positions")
    List<Views.Clarification> clarifications() {
        return claims.clarifications();
    }

    @GetMapping("/clarifications/{id}")
    @Operation(summary = "One clarification")
    Views.Clarification clarification(@PathVariable String id) {
        return claims.clarification(new ClarificationId(id));
    }

    @PostMapping("/clarifications")
    @Operation(summary = "Clarify a state's position (its own delegation; the secretariat on its behalf with the source, unconfirmed until the delegation confirms)")
    ResponseEntity<Views.Clarification> clarify(Actor actor, @RequestBody ClaimsCommands.NewClarification request) {
        var c = claims.clarify(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/clarifications/" + c.id())).body(c);
    }

    @PostMapping("/clarifications/{id}/confirmation")
    @Operation(summary = "Confirm a clarification entered on your state's behalf (only that state's delegation)")
    ResponseEntity<Views.Clarification> confirm(Actor actor, @PathVariable String id,
            @RequestBody(required = false) ClaimsCommands.Confirmation request) {
        var c = claims.confirm(actor, new ClarificationId(id), request == null ? ClaimsCommands.Confirmation.UNSIGNED : request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/clarifications/" + id)).body(c);
    }

    @GetMapping("/checks")
    @org.peacecouncil.platform.AnswersConflict("The assertion names a fund, mission, motion or meeting the record does not have "
            + "(unknown-subject), or an amount in neither the fund's currency nor USD (amount-currency)")
    @Operation(summary = "Check a claim without recording it: did this state do this? The verdict from the records as of a day (today by default), with its evidence")
    Views.Check check(@RequestParam String state, @RequestParam String assertion, @RequestParam(required = false) String fund,
            @RequestParam(required = false) Long amount, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String level, @RequestParam(required = false) String mission,
            @RequestParam(required = false) Integer personnel, @RequestParam(required = false) String motion,
            @RequestParam(required = false) String vote, @RequestParam(required = false) String meeting,
            @RequestParam(required = false) String on) {
        var type = FormFields.choice(AssertionType.class, assertion, "assertion");
        var given = new Assertion(type, fund, amount == null ? null : new Money(amount, currency == null ? "USD" : currency),
                level == null || level.isBlank() ? null : FormFields.choice(ContributionLevel.class, level, "level"), mission, personnel,
                motion, vote, meeting);
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? null : org.peacecouncil.platform.Timestamps.sane(LocalDate.parse(on.strip()), "on");
        } catch (java.time.format.DateTimeParseException e) {
            throw new CouncilProblem.InvalidRequest("bad-date", "on: a date as YYYY-MM-DD.");
        }
        return verdicts.check(StateCode.of(state), given, day);
    }
}
