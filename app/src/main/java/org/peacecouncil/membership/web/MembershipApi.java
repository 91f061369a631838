package org.peacecouncil.membership.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.InvitationId;
import org.peacecouncil.membership.InvitationStatus;
import org.peacecouncil.membership.MemberStatus;
import org.peacecouncil.membership.MemberRecords;
import org.peacecouncil.membership.MembershipCommands;
import org.peacecouncil.membership.Memberships;
import org.peacecouncil.membership.RemovalId;
import org.peacecouncil.membership.RemovalStatus;
import org.peacecouncil.membership.Views;
import org.peacecouncil.platform.Countries;
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
@Tag(name = "Membership", description = "States, invitations, consent, terms, withdrawal, removal and veto")
class MembershipApi {

    private final Memberships memberships;
    private final MemberRecords records;
    private final Clock clock;

    MembershipApi(Memberships memberships, MemberRecords records, Clock clock) {
        this.memberships = memberships;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/council")
    @Operation(summary = "The council at a glance")
    Views.Council council() {
        return records.council();
    }

    @GetMapping("/states")
    @Operation(summary = "The states: the 193 UN member states, the two observer states and Kosovo (XKX), by ISO 3166-1 alpha-3 code; no territories")
    Page<Countries.Country> states(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return Page.of(List.copyOf(Countries.states()), Countries.Country::alpha3, after, limit == null ? Page.MAX_LIMIT : limit);
    }

    @GetMapping("/members")
    @Operation(summary = "States that have consented, with status, founding and permanent flags, since and term end")
    Page<Views.Member> members(@RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return Page.of(records.members(status), Views.Member::state, after, limit);
    }

    @GetMapping("/members/{state}")
    @Operation(summary = "One state's membership with its history, invitations, removals and permanence assessment")
    Views.MemberRecord member(@PathVariable String state) {
        return records.member(StateCode.of(state));
    }

    @PostMapping("/members/{state}/renewal")
    @Operation(summary = "Renew a member's term (the Chair, where the charter allows)")
    Views.Member renew(Actor actor, @PathVariable String state) {
        return memberships.renew(actor, StateCode.of(state), clock.instant());
    }

    @PostMapping("/members/{state}/withdrawal")
    @Operation(summary = "Written notice of withdrawal (the state's own delegation)")
    Views.Member withdraw(Actor actor, @PathVariable String state, @RequestBody(required = false) MembershipCommands.Withdraw request) {
        return memberships.withdraw(actor, StateCode.of(state), request == null ? new MembershipCommands.Withdraw(null) : request, clock.instant());
    }

    @GetMapping("/invitations")
    @Operation(summary = "Invitations, newest first")
    List<Views.Invitation> invitations(@RequestParam(required = false) InvitationStatus status) {
        return records.invitations(status);
    }

    @GetMapping("/invitations/{id}")
    @Operation(summary = "One invitation: the state, who invited it, when it lapses and how it was answered")
    Views.Invitation invitation(@PathVariable String id) {
        return records.invitation(new InvitationId(id));
    }

    @PostMapping("/invitations")
    @Operation(summary = "Invite a state (the office the charter names: the Chair for the Board of Peace)")
    ResponseEntity<Views.Invitation> invite(Actor actor, @RequestBody MembershipCommands.Invite request) {
        var invitation = memberships.invite(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/invitations/" + invitation.id())).body(invitation);
    }

    @PostMapping("/invitations/{id}/consent")
    @Operation(summary = "Consent to be bound by the charter (only the invited state's own delegation)")
    ResponseEntity<Views.Member> consent(Actor actor, @PathVariable String id,
            @RequestBody(required = false) MembershipCommands.Consent request) {
        var member = memberships.consent(actor, new InvitationId(id), request == null ? MembershipCommands.Consent.UNSIGNED : request,
                clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.state())).body(member);
    }

    @PostMapping("/invitations/{id}/decline")
    @Operation(summary = "Decline an invitation (only the invited state's own delegation)")
    Views.Invitation decline(Actor actor, @PathVariable String id, @RequestBody(required = false) MembershipCommands.Decline request) {
        return memberships.decline(actor, new InvitationId(id), request == null ? MembershipCommands.Decline.UNSIGNED : request,
                clock.instant());
    }

    @GetMapping("/removals")
    @Operation(summary = "Removals proposed, with their vetoes and the count that blocks them (optionally by status)")
    List<Views.Removal> removals(@RequestParam(required = false) RemovalStatus status) {
        return records.removals(status);
    }

    @GetMapping("/removals/{id}")
    @Operation(summary = "One removal: the reason, the vetoes so far and the rule that decides it")
    Views.Removal removal(@PathVariable String id) {
        return records.removal(new RemovalId(id));
    }

    @PostMapping("/removals")
    @Operation(summary = "Propose a member's removal (the Chair); member states may veto it within the window")
    ResponseEntity<Views.Removal> proposeRemoval(Actor actor, @RequestBody MembershipCommands.ProposeRemoval request) {
        var removal = memberships.proposeRemoval(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/removals/" + removal.id())).body(removal);
    }

    @PostMapping("/removals/{id}/vetoes")
    @Operation(summary = "Veto a removal for your own member state (delegations only)")
    ResponseEntity<Views.Removal> veto(Actor actor, @PathVariable String id, @RequestBody(required = false) MembershipCommands.Veto request) {
        var removal = memberships.veto(actor, new RemovalId(id), request == null ? MembershipCommands.Veto.UNSIGNED : request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/removals/" + id)).body(removal);
    }

    @GetMapping("/observers")
    @Operation(summary = "Observers recorded at the council: states and organisations")
    List<Views.Observer> observers() {
        return records.observers();
    }

    @PostMapping("/observers")
    @Operation(summary = "Record an observer state or organisation (secretariat); observers never vote")
    ResponseEntity<Views.Observer> observer(Actor actor, @RequestBody MembershipCommands.RecordObserver request) {
        var observer = memberships.recordObserver(actor, request, clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/observers/" + observer.id())).body(observer);
    }
}
