package org.peacecouncil.identity.web;

import java.util.List;
import java.util.function.Supplier;

import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts: the secretariat's page for its officers and for resets (a delegation told of any it did not make), and a
 * delegation's page for its own delegates: register a further one, reset, deactivate. Every act is on the log.
 */
@Controller
class AccountAdministrationPages {

    private final Accounts accounts;

    AccountAdministrationPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/workspace/accounts")
    String accounts(Actor actor, Model model) {
        model.addAttribute("accounts", accounts.all(actor));
        model.addAttribute("roles", actor.isDelegate() ? List.of(Role.DELEGATE) : List.of(Role.SECRETARIAT));
        model.addAttribute("countries", actor.isDelegate() ? List.of(Countries.require(actor.state())) : Countries.states());
        model.addAttribute("changes", accounts.changesOfDelegation(actor));
        return "accounts";
    }

    @PostMapping("/workspace/accounts")
    String register(Actor actor, @RequestParam String username, @RequestParam Role role,
            @RequestParam(required = false) String state, @RequestParam String displayName, RedirectAttributes flash) {
        return issue(flash, () -> accounts.register(actor, username, role, state, displayName));
    }

    @PostMapping("/workspace/accounts/{username}/password-reset")
    String reset(Actor actor, @PathVariable String username, RedirectAttributes flash) {
        return issue(flash, () -> accounts.resetPassword(actor, username));
    }

    @PostMapping("/workspace/accounts/{username}/deactivation")
    String deactivate(Actor actor, @PathVariable String username, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        try {
            accounts.deactivate(actor, username, reason);
            flash.addFlashAttribute("notice", "The account " + username + " is deactivated: it can no longer sign in, and its tokens and "
                    + "sessions have stopped working. The act is on the log.");
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/workspace/accounts";
    }

    private static String issue(RedirectAttributes flash, Supplier<Accounts.Issued> command) {
        try {
            var issued = command.get();
            flash.addFlashAttribute("issued", issued);
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/workspace/accounts";
    }
}
