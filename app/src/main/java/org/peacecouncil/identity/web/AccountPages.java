package org.peacecouncil.identity.web;

import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.PersonalTokens;
import org.peacecouncil.identity.SignedInSession;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page, and the signed-in person's own account: password and API tokens. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final PersonalTokens tokens;
    private final SignedInSession session;
    private final org.peacecouncil.identity.NoticeAddresses addresses;
    private final org.peacecouncil.identity.IdentityProviders providers;

    AccountPages(Accounts accounts, PersonalTokens tokens, SignedInSession session, org.peacecouncil.identity.NoticeAddresses addresses,
            org.peacecouncil.identity.IdentityProviders providers) {
        this.addresses = addresses;
        this.providers = providers;
        this.accounts = accounts;
        this.tokens = tokens;
        this.session = session;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers.all());
        return "login";
    }

    @GetMapping("/account")
    String account(Actor actor, Model model) {
        model.addAttribute("tokens", tokens.of(actor));
        model.addAttribute("email", addresses.of(actor.username()).orElse(null));
        return "account";
    }

    @PostMapping("/account/email")
    String setEmail(Actor actor, @RequestParam(required = false) String email, java.util.Locale locale, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("notice", addresses.set(actor, email, locale).map(a -> "New items will also be sent to " + a + ".")
                    .orElse("No e-mail will be sent; your inbox still keeps every notice."));
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/account#email";
    }

    @PostMapping("/account/password")
    String changePassword(Actor actor, @RequestParam String current, @RequestParam String replacement, RedirectAttributes flash,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.changePassword(actor.username(), current, replacement);
            session.refresh(request, response);
            flash.addFlashAttribute("notice", "Your password has been changed. Sign in again with it next time.");
            return "redirect:/workspace";
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
            return "redirect:/account";
        }
    }

    @PostMapping("/account/tokens")
    String createToken(Actor actor, @RequestParam(required = false) String label, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("newToken", tokens.create(actor, label).token());
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Actor actor, @PathVariable String id, RedirectAttributes flash) {
        try {
            tokens.revoke(actor, id);
            flash.addFlashAttribute("notice", "The token is revoked.");
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/account";
    }
}
