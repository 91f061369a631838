package org.peacecouncil.membership.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.function.Supplier;

import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.membership.InvitationId;
import org.peacecouncil.membership.InvitationStatus;
import org.peacecouncil.membership.MemberStatus;
import org.peacecouncil.membership.MemberRecords;
import org.peacecouncil.membership.MembershipCommands;
import org.peacecouncil.membership.Memberships;
import org.peacecouncil.membership.RemovalId;
import org.peacecouncil.membership.Views;
import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in workspace: a delegation sees only what its state may do (consent, decline, veto, withdraw); the
 * Chair invites, renews and proposes removals; the secretariat records observers. Every form posts to the same
 * commands as the API and shows the refusal, if any, as a readable message.
 */
@Controller
class WorkspacePages {

    private final Memberships memberships;
    private final MemberRecords records;
    private final Clock clock;

    private final Accounts accounts;

    private final java.util.List<org.peacecouncil.platform.AwaitingWork> awaiting;
    private final org.peacecouncil.notifications.Inbox inbox;

    WorkspacePages(Memberships memberships, MemberRecords records, Clock clock, Accounts accounts,
            java.util.List<org.peacecouncil.platform.AwaitingWork> awaiting, org.peacecouncil.notifications.Inbox inbox) {
        this.awaiting = awaiting;
        this.inbox = inbox;
        this.memberships = memberships;
        this.records = records;
        this.clock = clock;
        this.accounts = accounts;
    }

    @GetMapping("/workspace")
    String workspace(Actor actor, Model model, java.util.Locale locale) {
        model.addAttribute("unread", inbox.unread(actor));
        model.addAttribute("callsMeetings", records.charter().meetings().calledBy().name().equals(actor.role().name()));
        if (actor.isDelegate()) {
            String name = Countries.name(actor.state(), locale);
            var invitation = records.pendingInvitationOf(StateCode.of(actor.state())).orElse(null);
            var removals = records.removalsAwaitingVetoFrom(actor);
            var todo = ToDo.of(awaiting, StateCode.of(actor.state()), clock.instant());
            model.addAttribute("todo", todo);
            model.addAttribute("stateName", name);
            model.addAttribute("invitation", invitation);
            model.addAttribute("membership", records.members(null).stream()
                    .filter(m -> m.state().equals(actor.state())).findFirst().orElse(null));
            model.addAttribute("removals", removals);
            model.addAttribute("accountNotices", accounts.changesOfDelegation(actor).stream().filter(Accounts.Change::told).limit(10).toList());
            return "workspace";
        }
        var members = records.members(MemberStatus.MEMBER).stream()
                .sorted(java.util.Comparator.comparing(Views.Member::name)).toList();
        var pending = records.invitations(InvitationStatus.PENDING);
        var taken = new HashSet<String>();
        members.forEach(m -> taken.add(m.state()));
        pending.forEach(i -> taken.add(i.state()));
        var todo = ToDo.ofOffice(actor.is(Role.CHAIR) ? "CHAIR" : "SECRETARIAT", awaiting, clock.instant());
        model.addAttribute("todo", todo);
        model.addAttribute("office", actor.is(Role.CHAIR) ? records.charter().chairTitle() : "Secretariat");
        model.addAttribute("members", members);
        model.addAttribute("pending", pending);
        model.addAttribute("invitable", Countries.states().stream().filter(c -> !taken.contains(c.alpha3())).toList());
        model.addAttribute("removalProvided", records.charter().membership().removal().isPresent());
        return "workspace";
    }

    @PostMapping("/workspace/invitations")
    String invite(Actor actor, @RequestParam String state, @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(flash, () -> "Invited " + memberships.invite(actor, MembershipCommands.Invite.of(state, note), clock.instant()).name() + ".");
    }

    @PostMapping("/workspace/invitations/{id}/consent")
    String consent(Actor actor, @PathVariable String id, @RequestParam(required = false) String signatureKeyId, @RequestParam(required = false) String signatureSignedAt,
            @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, () -> {
            var signature = ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue);
            Views.Member member = memberships.consent(actor, new InvitationId(id), new MembershipCommands.Consent(signature), clock.instant());
            return member.name() + " is now a member" + (member.termEnds() == null ? "." : "; its term ends on " + member.termEnds() + ".");
        });
    }

    @PostMapping("/workspace/invitations/{id}/decline")
    String decline(Actor actor, @PathVariable String id, @RequestParam(required = false) String signatureKeyId, @RequestParam(required = false) String signatureSignedAt,
            @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, () -> "Declined the invitation for " + memberships.decline(actor, new InvitationId(id), new MembershipCommands.Decline(
                ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue)), clock.instant()).name() + ".");
    }

    @PostMapping("/workspace/members/{state}/renewal")
    String renew(Actor actor, @PathVariable String state, RedirectAttributes flash) {
        return act(flash, () -> {
            var member = memberships.renew(actor, StateCode.of(state), clock.instant());
            return "Renewed the term of " + member.name() + " until " + member.termEnds() + ".";
        });
    }

    @PostMapping("/workspace/members/{state}/withdrawal")
    String withdraw(Actor actor, @PathVariable String state, @RequestParam(required = false) String notice, @RequestParam(required = false) String signatureKeyId, @RequestParam(required = false) String signatureSignedAt,
            @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, () -> memberships.withdraw(actor, StateCode.of(state), new MembershipCommands.Withdraw(notice,
                ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue)), clock.instant()).name() + " has withdrawn.");
    }

    @PostMapping("/workspace/removals")
    String proposeRemoval(Actor actor, @RequestParam String state, @RequestParam String reason, RedirectAttributes flash) {
        return act(flash, () -> {
            var removal = memberships.proposeRemoval(actor, MembershipCommands.ProposeRemoval.of(state, reason), clock.instant());
            return "Proposed the removal of " + removal.name() + "; member states may veto it until " + removal.vetoEndsOn() + ".";
        });
    }

    @PostMapping("/workspace/removals/{id}/veto")
    String veto(Actor actor, @PathVariable String id, @RequestParam(required = false) String signatureKeyId, @RequestParam(required = false) String signatureSignedAt,
            @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, () -> {
            var removal = memberships.veto(actor, new RemovalId(id), new MembershipCommands.Veto(ActSignature.fromForm(signatureKeyId,
                    signatureSignedAt, signatureValue)), clock.instant());
            return "Vetoed. " + removal.vetoes().size() + " of " + removal.memberStates() + " member states have vetoed; the removal is "
                    + removal.status().name().toLowerCase() + ".";
        });
    }

    @PostMapping("/workspace/observers")
    String observer(Actor actor, @RequestParam(required = false) String state, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(flash, () -> "Recorded " + memberships.recordObserver(actor, MembershipCommands.RecordObserver.of(state, organisation, note), clock.instant()).name()
                + " as an observer.");
    }

    private static String act(RedirectAttributes flash, Supplier<String> command) {
        try {
            flash.addFlashAttribute("notice", command.get());
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/workspace";
    }
}
