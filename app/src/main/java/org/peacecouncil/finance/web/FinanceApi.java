package org.peacecouncil.finance.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.finance.FinanceCommands;
import org.peacecouncil.finance.Finances;
import org.peacecouncil.finance.FlowId;
import org.peacecouncil.finance.FundId;
import org.peacecouncil.finance.FundRecords;
import org.peacecouncil.finance.Views;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Page;
import org.peacecouncil.platform.StateCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Finance", description = "Funds, projects, pledges, commitments, receipts, disbursements and exchange rates")
class FinanceApi {

    private final Finances finances;
    private final FundRecords records;
    private final FinanceCsv csv;
    private final org.peacecouncil.finance.IatiExport iati;
    private final Clock clock;

    FinanceApi(Finances finances, FundRecords records, FinanceCsv csv, org.peacecouncil.finance.IatiExport iati, Clock clock) {
        this.iati = iati;
        this.finances = finances;
        this.records = records;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping("/funds")
    @Operation(summary = "Funds with their totals in USD (confirmed records only; pledges never in a total)")
    List<Views.FundSummary> funds() {
        return records.funds();
    }

    @PostMapping("/funds")
    @Operation(summary = "Open a fund (the office the charter names: finance.fundsOpenedBy); an announced target is kept as a statement")
    ResponseEntity<Views.Fund> openFund(Actor actor, @RequestBody FinanceCommands.OpenFund request) {
        var fund = finances.openFund(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/funds/" + fund.id())).body(fund);
    }

    @GetMapping("/funds/{id}")
    @Operation(summary = "A fund: its totals as OCHA FTS computes them, its announced target as an announcement, its projects")
    Views.Fund fund(@PathVariable String id) {
        return records.fund(new FundId(id));
    }

    @PostMapping("/funds/{id}/projects")
    @Operation(summary = "Add a project to a fund (the office that opens funds)")
    ResponseEntity<Views.Project> addProject(Actor actor, @PathVariable String id, @RequestBody FinanceCommands.AddProject request) {
        var project = finances.addProject(actor, new FundId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/funds/" + id)).body(project);
    }

    @GetMapping("/funds/{id}/flows")
    @Operation(summary = "The fund's flows in the order recorded, or one contributor's (a state's alpha-3 code or an organisation's IATI identifier), each with its status and log entries (cursor pages: 'after' is the previous page's 'next')")
    Page<Views.Flow> flows(@PathVariable String id, @RequestParam(required = false) String contributor,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return records.flows(new FundId(id), contributorKey(contributor), after, limit);
    }

    @GetMapping(value = "/funds/{id}/contributors", produces = "application/json")
    @Operation(summary = "Contributors to the fund, generated from confirmed records, each line linked to its log entries, with the checkpoint to check it against")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The list",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Views.Contributors.class)))
    ResponseEntity<byte[]> contributors(@PathVariable String id,
            @RequestHeader(value = "Accept-Encoding", required = false) String acceptEncoding) {
        var body = records.contributorsJson(new FundId(id), AcceptedEncodings.gzip(acceptEncoding));
        var answer = ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_JSON).header("Vary", "Accept-Encoding");
        return (body.gzip() ? answer.header("Content-Encoding", "gzip") : answer).body(body.bytes());
    }

    @GetMapping(value = "/funds/{id}/flows.csv", produces = "text/csv")
    @Operation(summary = "The fund's flows as CSV: every flow with its status, amounts in minor units and as decimals, its log entries")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The CSV, streamed",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    void flowsCsv(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        csv.flows(new FundId(id), response);
    }

    @GetMapping(value = "/funds/{id}/contributors.csv", produces = "text/csv")
    @Operation(summary = "The generated contributors list as CSV, each line with its log entries and the list's as-of time")
    ResponseEntity<String> contributorsCsv(@PathVariable String id) {
        return csv.contributors(new FundId(id));
    }

    @GetMapping(value = "/funds/{id}/iati.xml", produces = "application/xml")
    @Operation(summary = "The fund as an IATI 2.03 iati-activities document (confirmed flows as transactions), streamed; valid against the standard's XSD, every code from its codelists")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The IATI document, streamed",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/xml",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    void iati(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        // written on the request's own thread as it is read, with no async timeout to cut a long export short
        var fund = new FundId(id);
        iati.requireFund(fund);
        response.setContentType("application/xml; charset=utf-8");
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"iati-" + id + ".xml\"");
        iati.write(fund, response.getOutputStream());
    }

    @PostMapping("/funds/{id}/pledges")
    @Operation(summary = "A pledge or commitment: by the state's own delegation (confirmed), or by the secretariat on its behalf with the document (unconfirmed until the delegation confirms)")
    ResponseEntity<Views.Flow> pledge(Actor actor, @PathVariable String id, @RequestBody FinanceCommands.Pledge request) {
        return created(finances.pledge(actor, new FundId(id), request, clock.instant()));
    }

    @PostMapping("/funds/{id}/organisation-contributions")
    @Operation(summary = "Record a registered organisation's pledge or commitment from its document (the secretariat; an organisation has no delegation here)")
    ResponseEntity<Views.Flow> organisationContribution(Actor actor, @PathVariable String id,
            @RequestBody FinanceCommands.OrganisationContribution request) {
        var flow = finances.recordOrganisationContribution(actor, new FundId(id), request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/flows/" + flow.id())).body(flow);
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations registered as contributors (IATI organisation identifier, name, OrganisationType code)")
    List<Views.Organisation> organisations() {
        return records.organisations();
    }

    @PostMapping("/organisations")
    @Operation(summary = "Register an organisation that gives to the council's funds (the secretariat; never a government: a state gives as a state)")
    ResponseEntity<Views.Organisation> registerOrganisation(Actor actor, @RequestBody FinanceCommands.RegisterOrganisation request) {
        var organisation = finances.registerOrganisation(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/organisations")).body(organisation);
    }

    @PostMapping("/funds/{id}/receipts")
    @Operation(summary = "What the fund received against a confirmed commitment: cash or goods in kind (the secretariat)")
    ResponseEntity<Views.Flow> receive(Actor actor, @PathVariable String id, @RequestBody FinanceCommands.Receipt request) {
        return created(finances.receive(actor, new FundId(id), request, clock.instant()));
    }

    @PostMapping("/funds/{id}/disbursements")
    @Operation(summary = "Cash paid out to a project of the fund, never more than its balance (the secretariat)")
    ResponseEntity<Views.Flow> disburse(Actor actor, @PathVariable String id, @RequestBody FinanceCommands.Disbursement request) {
        return created(finances.disburse(actor, new FundId(id), request, clock.instant()));
    }

    @GetMapping("/flows/{id}")
    @Operation(summary = "One flow with its status, USD equivalent and rate, and the log entries of its versions")
    Views.Flow flow(@PathVariable String id) {
        return records.flow(new FlowId(id));
    }

    @GetMapping("/flows/awaiting-confirmation")
    @Operation(summary = "Entries made on states' behalf that their delegations have not confirmed: they count nowhere")
    List<Views.Flow> awaitingConfirmation() {
        return records.awaitingConfirmation();
    }

    @PostMapping("/flows/{id}/confirmation")
    @Operation(summary = "Confirm an entry made on your state's behalf (only that state's own delegation)")
    ResponseEntity<Views.Flow> confirm(Actor actor, @PathVariable String id,
            @RequestBody(required = false) FinanceCommands.Confirmation request) {
        var flow = finances.confirm(actor, new FlowId(id), request == null ? FinanceCommands.Confirmation.UNSIGNED : request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/flows/" + flow.id())).body(flow);
    }

    @PostMapping("/flows/{id}/withdrawal")
    @Operation(summary = "Withdraw a pledge or commitment (the state's delegation; the secretariat for an unconfirmed on-behalf entry)")
    ResponseEntity<Views.Flow> withdraw(Actor actor, @PathVariable String id,
            @RequestBody(required = false) FinanceCommands.Withdrawal request) {
        var flow = finances.withdraw(actor, new FlowId(id), request == null ? new FinanceCommands.Withdrawal(null) : request,
                clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/flows/" + flow.id())).body(flow);
    }

    @GetMapping("/states/{state}/flows")
    @Operation(summary = "Every flow naming the state, in every fund, with its status")
    List<Views.Flow> flowsOf(@PathVariable String state) {
        return records.flowsOf(StateCode.of(state));
    }

    @GetMapping("/announced-contributions")
    @Operation(summary = "Contributions announced for states naming no fund: statements as made, never a pledge, a contributor or a total")
    List<Views.AnnouncedContribution> announcedContributions() {
        return records.announcedContributions();
    }

    @PostMapping("/announced-contributions")
    @Operation(summary = "Record a contribution announced for a state that names no fund, with who said it and where (the office that opens funds)")
    ResponseEntity<Views.AnnouncedContribution> announceContribution(Actor actor,
            @RequestBody FinanceCommands.AnnounceContribution request) {
        var announced = finances.announceContribution(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/announced-contributions")).body(announced);
    }

    @GetMapping("/exchange-rates")
    @Operation(summary = "The exchange rates recorded: USD per unit from a date on, with their source")
    List<Views.Rate> rates() {
        return records.rates();
    }

    @PostMapping("/exchange-rates")
    @Operation(summary = "Record an exchange rate (the secretariat); a recorded rate is never changed")
    ResponseEntity<Views.Rate> recordRate(Actor actor, @RequestBody FinanceCommands.ExchangeRate request) {
        var rate = finances.recordRate(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/exchange-rates")).body(rate);
    }

    private static ResponseEntity<Views.Flow> created(Views.Flow flow) {
        return ResponseEntity.created(URI.create("/api/v1/flows/" + flow.id())).body(flow);
    }

    /** A contributor filter: a state's alpha-3 code, or an organisation's identifier (which has a hyphen). */
    private static String contributorKey(String contributor) {
        if (contributor == null || contributor.isBlank()) {
            return null;
        }
        return contributor.contains("-") ? contributor.strip() : StateCode.given(contributor).alpha3();
    }
}
