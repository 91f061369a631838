package org.peacecouncil.identity.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.peacecouncil.identity.Account;
import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Accounts of the Chair, the secretariat and delegations; every account act is on the log")
class AccountApi {

    record AccountRequest(@NotBlank String username, @NotNull Role role, String state, @NotBlank String displayName) {
    }

    record DeactivationRequest(String reason) {
    }

    private final Accounts accounts;

    AccountApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Every account (the secretariat), or your delegation's (a delegate)")
    List<Account> all(Actor actor) {
        return accounts.all(actor);
    }

    @PostMapping
    @Operation(summary = "Register an account (a secretariat officer; a further delegate of your own state); the answer holds its "
            + "one-time password, shown only here. A Chair and a state's first delegate are created only at the server's command line")
    ResponseEntity<Accounts.Issued> register(Actor actor, @Valid @RequestBody AccountRequest request) {
        var issued = accounts.register(actor, request.username(), request.role(), request.state(), request.displayName());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + issued.account().username())).body(issued);
    }

    @PostMapping("/{username}/password-reset")
    @Operation(summary = "Give an account a new one-time password: a delegate's by its delegation, or by the secretariat with the "
            + "delegation told; never the Chair's")
    Accounts.Issued reset(Actor actor, @PathVariable String username) {
        return accounts.resetPassword(actor, username);
    }

    @PostMapping("/{username}/deactivation")
    @Operation(summary = "Take an account out of use at once: it can no longer sign in, and its tokens and sessions stop working")
    Account deactivate(Actor actor, @PathVariable String username, @RequestBody(required = false) DeactivationRequest request) {
        return accounts.deactivate(actor, username, request == null ? null : request.reason());
    }
}
