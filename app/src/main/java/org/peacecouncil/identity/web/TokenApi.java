package org.peacecouncil.identity.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.PersonalTokens;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Personal API tokens of the signed-in account")
class TokenApi {

    record NewTokenRequest(String label) {
    }

    private final PersonalTokens tokens;

    TokenApi(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Create a personal token; the token is shown in this answer only")
    ResponseEntity<PersonalTokens.NewToken> create(Actor actor, @RequestBody(required = false) NewTokenRequest request) {
        var token = tokens.create(actor, request == null ? null : request.label());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(token);
    }

    @GetMapping
    @Operation(summary = "Your tokens (without their secrets)")
    List<PersonalTokens.TokenInfo> list(Actor actor) {
        return tokens.of(actor);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your tokens")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable String id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }
}
