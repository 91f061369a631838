package org.peacecouncil.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account's own settings. Choosing a new password is the one thing an account with a one-time password may
 * do, here as on the account page, so a council can be scripted through the API from its first start.
 */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Accounts", description = "Accounts of the Chair, the secretariat and delegations; every account act is on the log")
class OwnAccountApi {

    /** The password signed in with, and the new one. */
    record PasswordChange(String current, String replacement) {
        PasswordChange {
            if (current == null || replacement == null) {
                throw new CouncilProblem.InvalidRequest("missing-field", "Give the current password and the replacement.");
            }
        }
    }

    /** The address for notices by e-mail; null or blank clears it. */
    record EmailAddress(String email) {
    }

    private final Accounts accounts;
    private final org.peacecouncil.identity.NoticeAddresses addresses;

    OwnAccountApi(Accounts accounts, org.peacecouncil.identity.NoticeAddresses addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    @GetMapping("/email")
    @Operation(summary = "The address this account's notices are also e-mailed to (only the account itself reads it)")
    EmailAddress email(Actor actor) {
        if (actor.isAnonymous()) {
            throw new CouncilProblem.NotSignedIn("Sign in to read your own e-mail address.");
        }
        return new EmailAddress(addresses.of(actor.username()).orElse(null));
    }

    @PutMapping("/email")
    @Operation(summary = "Set or clear the address this account's notices are also e-mailed to; they are written in the request's language (Accept-Language or the language cookie)")
    EmailAddress setEmail(Actor actor, @RequestBody EmailAddress address, @io.swagger.v3.oas.annotations.Parameter(hidden = true) java.util.Locale locale) {
        return new EmailAddress(addresses.set(actor, address.email(), locale).orElse(null));
    }

    @PostMapping("/password")
    @Operation(summary = "Choose a new password (also with a one-time password, which is good for nothing else)")
    ResponseEntity<Void> changePassword(Actor actor, @RequestBody PasswordChange change) {
        if (actor.isAnonymous()) {
            throw new CouncilProblem.NotSignedIn("Sign in with the account whose password you are changing.");
        }
        accounts.changePassword(actor.username(), change.current(), change.replacement());
        return ResponseEntity.noContent().build();
    }
}
