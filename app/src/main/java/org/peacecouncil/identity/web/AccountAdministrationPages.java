package org.peacecouncil.identity.web;

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

/** The secretariat's page for accounts: register the Chair, officers and delegations; reset a forgotten password. */
@Controller
class AccountAdministrationPages {

    private final Accounts accounts;

    AccountAdministrationPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/workspace/accounts")
    String accounts(Actor actor, Model model) {
        model.addAttribute("accounts", accounts.all(actor));
        model.addAttribute("roles", Role.values());
        model.addAttribute("countries", Countries.all());
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
