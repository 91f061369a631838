package org.peacecouncil.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The council's accounts. Passwords are stored only as hashes. */
@Service
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, org.springframework.transaction.support.TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * A password, checked and hashed. Hashing is slow on purpose, so it is done before any write transaction begins:
     * on SQLite a transaction holds the database's only write lock.
     */
    public record Credential(String hash) {
    }

    public Credential credential(String password) {
        checkStrength(password);
        return new Credential(passwords.encode(password));
    }

    public Account create(String username, Role role, String state, String displayName, String password,
            boolean mustChangePassword) {
        checkUsername(username);
        return create(username, role, state, displayName, credential(password), mustChangePassword);
    }

    public Account create(String username, Role role, String state, String displayName, Credential credential,
            boolean mustChangePassword) {
        checkUsername(username);
        String alpha3 = state == null ? null : Countries.require(state).alpha3();
        inTransaction(() -> jdbc.sql("""
                INSERT INTO accounts (username, password_hash, role, state, display_name, must_change_password, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(username, credential.hash(), role.name(), alpha3, displayName, mustChangePassword,
                        Timestamps.text(clock.instant()))
                .update());
        return new Account(username, role, alpha3, displayName, mustChangePassword);
    }

    private static void checkUsername(String username) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new CouncilProblem.InvalidRequest("bad-username", "A username is 2 to 64 lower-case letters, digits, '.', '_' or '-'.");
        }
    }

    /** Joins the caller's transaction if there is one (the demo's seeding), else runs the statement in its own. */
    private void inTransaction(Runnable write) {
        tx.executeWithoutResult(status -> write.run());
    }

    /** An account just registered or reset, with the one-time password shown this once. */
    public record Issued(Account account, String oneTimePassword) {
    }

    /**
     * The secretariat registers an account (a delegate is bound to one state) with a generated one-time password
     * that must be changed at first sign-in.
     */
    public Issued register(Actor actor, String username, Role role, String state, String displayName) {
        requireSecretariat(actor);
        if (role == null) {
            throw new CouncilProblem.InvalidRequest("role-required", "Choose a role: CHAIR, SECRETARIAT or DELEGATE.");
        }
        if (role == Role.DELEGATE && (state == null || state.isBlank())) {
            throw new CouncilProblem.InvalidRequest("state-required", "A delegate account is bound to one state: give its alpha-3 code.");
        }
        if (role != Role.DELEGATE && state != null && !state.isBlank()) {
            throw new CouncilProblem.InvalidRequest("state-not-allowed", "Only a delegate account is bound to a state.");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new CouncilProblem.InvalidRequest("name-required", "Give the person's name (at most 200 characters).");
        }
        org.peacecouncil.platform.Texts.required(displayName, "name", 200); // no control characters in a name either
        if (username != null && find(username).isPresent()) {
            throw new CouncilProblem.RuleViolation("username-taken", "The username " + username + " is taken.");
        }
        String password = Passwords.generate();
        var account = create(username, role, role == Role.DELEGATE ? state : null, displayName.strip(), password, true);
        return new Issued(account, password);
    }

    /**
     * The secretariat gives an account a new one-time password (a forgotten password). Whoever held the old password may
     * have made tokens with it, so every token of the account is revoked with it.
     */
    public Issued resetPassword(Actor actor, String username) {
        requireSecretariat(actor);
        var account = find(username).orElseThrow(() -> new CouncilProblem.NotFound("No account " + username + "."));
        String password = Passwords.generate();
        String hash = passwords.encode(password);
        String now = org.peacecouncil.platform.Timestamps.text(clock.instant());
        inTransaction(() -> {
            jdbc.sql("UPDATE accounts SET password_hash = ?, must_change_password = ? WHERE username = ?")
                    .params(hash, true, username)
                    .update();
            jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL").params(now, username).update();
        });
        return new Issued(new Account(account.username(), account.role(), account.state(), account.displayName(), true), password);
    }

    public List<Account> all(Actor actor) {
        requireSecretariat(actor);
        return all();
    }

    private static void requireSecretariat(Actor actor) {
        if (!actor.is(Role.SECRETARIAT)) {
            throw new CouncilProblem.NotPermitted("secretariat-only", "Only the secretariat manages accounts.");
        }
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM accounts").query(Long.class).single();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, role, state, display_name, must_change_password FROM accounts WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT username, role, state, display_name, must_change_password FROM accounts ORDER BY role, username")
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE username = ?").param(username).query(String.class).optional();
    }

    /** Sets a new password after checking the current one; clears the must-change flag. */
    public void changePassword(String username, String current, String replacement) {
        String hash = passwordHash(username).orElseThrow(() -> new CouncilProblem.NotFound("No account " + username));
        if (!passwords.matches(current, hash)) {
            throw new CouncilProblem.InvalidRequest("wrong-password", "The current password is not correct.");
        }
        if (current.equals(replacement)) {
            throw new CouncilProblem.InvalidRequest("same-password", "Choose a password different from the current one.");
        }
        String replacementHash = credential(replacement).hash();
        inTransaction(() -> jdbc.sql("UPDATE accounts SET password_hash = ?, must_change_password = ? WHERE username = ?")
                .params(replacementHash, false, username)
                .update());
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new CouncilProblem.InvalidRequest("weak-password",
                    "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }
}
