package org.peacecouncil.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens. The token itself is shown once, at creation; only its SHA-256 is stored, so a copy of
 * the database does not give access.
 */
@Service
public class PersonalTokens {

    public static final String PREFIX = "pct_";

    /** A token as its owner sees it in a list (never the secret). */
    public record TokenInfo(String id, String label, Instant createdAt, Instant revokedAt) {
    }

    /** A newly created token, with the secret shown this once. */
    public record NewToken(String id, String label, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Accounts accounts;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    PersonalTokens(JdbcClient jdbc, Clock clock, Accounts accounts, org.springframework.context.ApplicationEventPublisher events,
            org.springframework.transaction.support.TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.events = events;
        this.tx = tx;
    }

    public NewToken create(Actor owner, String label) {
        requireSignedIn(owner);
        String cleanLabel = label == null || label.isBlank() ? "API token" : label.strip();
        if (cleanLabel.length() > 100) {
            throw new CouncilProblem.InvalidRequest("bad-label", "A token label has at most 100 characters.");
        }
        org.peacecouncil.platform.Texts.required(cleanLabel, "token label", 100); // no control characters
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        var now = clock.instant();
        tx.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO api_tokens (id, token_hash, username, label, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(id, hash(token), owner.username(), cleanLabel, Timestamps.text(now))
                    .update();
            accounts.note(owner.username(), owner.role(), owner.state(), "TOKEN_ISSUED", org.peacecouncil.identity.rules.AccountPolicy.Via.ACCOUNT,
                    owner.describe(), false, now);
            events.publishEvent(new IdentityEvent.TokenIssued(owner.username(), owner.state(), id, cleanLabel, now, owner.describe()));
        });
        return new NewToken(id, cleanLabel, token);
    }

    public List<TokenInfo> of(Actor owner) {
        requireSignedIn(owner);
        return jdbc.sql("SELECT id, label, created_at, revoked_at FROM api_tokens WHERE username = ? ORDER BY created_at")
                .param(owner.username())
                .query((rs, n) -> new TokenInfo(rs.getString(1), rs.getString(2), Timestamps.instant(rs.getString(3)),
                        Timestamps.instant(rs.getString(4))))
                .list();
    }

    public void revoke(Actor owner, String id) {
        requireSignedIn(owner);
        var now = clock.instant();
        tx.executeWithoutResult(status -> {
            int changed = jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND username = ? AND revoked_at IS NULL")
                    .params(Timestamps.text(now), id, owner.username())
                    .update();
            if (changed == 0) {
                throw new CouncilProblem.NotFound("You have no active token " + id + ".");
            }
            accounts.note(owner.username(), owner.role(), owner.state(), "TOKEN_REVOKED", org.peacecouncil.identity.rules.AccountPolicy.Via.ACCOUNT,
                    owner.describe(), false, now);
            events.publishEvent(new IdentityEvent.TokenRevoked(owner.username(), owner.state(), id, now, owner.describe()));
        });
    }

    /** The owner of an active token. */
    Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT t.username FROM api_tokens t JOIN accounts a ON a.username = t.username WHERE t.token_hash = ? "
                + "AND t.revoked_at IS NULL AND a.deactivated_at IS NULL")
                .param(hash(token))
                .query(String.class)
                .optional();
    }

    private static void requireSignedIn(Actor owner) {
        if (owner.isAnonymous()) {
            throw new CouncilProblem.NotSignedIn("Sign in to manage API tokens.");
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
