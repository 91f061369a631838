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
@Tag(name = "Accounts", description = "Accounts of the Chair, the secretariat and delegations (secretariat only)")
class AccountApi {

    record AccountRequest(@NotBlank String username, @NotNull Role role, String state, @NotBlank String displayName) {
    }

    private final Accounts accounts;

    AccountApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Every account (secretariat only)")
    List<Account> all(Actor actor) {
        return accounts.all(actor);
    }

    @PostMapping
    @Operation(summary = "Register an account; the answer holds its one-time password, shown only here")
    ResponseEntity<Accounts.Issued> register(Actor actor, @Valid @RequestBody AccountRequest request) {
        var issued = accounts.register(actor, request.username(), request.role(), request.state(), request.displayName());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + issued.account().username())).body(issued);
    }

    @PostMapping("/{username}/password-reset")
    @Operation(summary = "Give an account a new one-time password (secretariat only)")
    Accounts.Issued reset(Actor actor, @PathVariable String username) {
        return accounts.resetPassword(actor, username);
    }
}
