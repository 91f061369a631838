package org.peacecouncil.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peacecouncil.identity.rules.AccountPolicy;
import org.peacecouncil.identity.rules.AccountPolicy.Via;
import org.springframework.context.ApplicationEventPublisher;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The council's accounts. Passwords are stored only as hashes. Every account act — creating, resetting, deactivating
 * an account — is asked of {@link AccountPolicy}, kept with who did it and put on the log in the same transaction.
 */
@Service
public class Accounts {
    // Its length: the account acts (create, reset, deactivate, each by an account or the operator), each short, over the
    // accounts table and its record of changes; sign-in's reads. One rule decides them all (AccountPolicy).

    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, org.springframework.transaction.support.TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
    }

    /** How the record names the operator at the server's command line (the first start and the demo's seeding are its acts too). */
    public static final String OPERATOR = "operator";

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

    /** An account the operator creates (the first start, the demo, the command line): on the log as the operator's act. */
    public Account create(String username, Role role, String state, String displayName, Credential credential,
            boolean mustChangePassword) {
        return create(Via.OPERATOR, OPERATOR, username, role, state, displayName, credential, mustChangePassword);
    }

    private Account create(Via via, String by, String username, Role role, String state, String displayName, Credential credential,
            boolean mustChangePassword) {
        checkUsername(username);
        String alpha3 = state == null ? null : Countries.require(state).alpha3();
        Instant now = clock.instant();
        inTransaction(() -> {
            jdbc.sql("""
                    INSERT INTO accounts (username, password_hash, role, state, display_name, must_change_password, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(username, credential.hash(), role.name(), alpha3, displayName, mustChangePassword, Timestamps.text(now))
                    .update();
            note(username, role, alpha3, "CREATED", via, by, false, now);
            events.publishEvent(new IdentityEvent.AccountCreated(username, role.name(), alpha3, displayName, via.name(), now, by));
        });
        return new Account(username, role, alpha3, displayName, mustChangePassword, true);
    }

    void note(String username, Role role, String state, String change, Via via, String by, boolean told, Instant at) {
        jdbc.sql("INSERT INTO account_changes (id, username, role, state, change, via, actor, told, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), username, role.name(), state, change, via.name(), by, told, Timestamps.text(at)).update();
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
        return register(Via.ACCOUNT, actor, username, role, state, displayName);
    }

    /** The operator creates an account at the server's command line: the only way to a Chair, or to a state's first delegate. */
    public Issued createByOperator(String username, Role role, String state, String displayName) {
        return register(Via.OPERATOR, Actor.ANONYMOUS, username, role, state, displayName);
    }

    private Issued register(Via via, Actor actor, String username, Role role, String state, String displayName) {
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
        String alpha3 = role == Role.DELEGATE ? Countries.require(state).alpha3() : null;
        AccountPolicy.create(via, actor, role, alpha3, alpha3 != null && hasActiveDelegate(alpha3)).orRefuse();
        checkUsername(username);
        if (find(username).isPresent()) {
            throw new CouncilProblem.RuleViolation("username-taken", "The username " + username + " is taken.");
        }
        String password = Passwords.generate();
        var account = create(via, via == Via.OPERATOR ? OPERATOR : actor.describe(), username, role, alpha3, displayName.strip(),
                credential(password), true);
        return new Issued(account, password);
    }

    private boolean hasActiveDelegate(String state) {
        return jdbc.sql("SELECT count(*) FROM accounts WHERE role = 'DELEGATE' AND state = ? AND deactivated_at IS NULL").param(state)
                .query(Long.class).single() > 0;
    }

    /**
     * A new one-time password for an account (a forgotten password), as {@link AccountPolicy#reset} allows: a delegate's
     * by its own delegation or by the secretariat with the delegation told, never the Chair's. Whoever held the old
     * password may have made tokens with it, so every token of the account is revoked with it.
     */
    public Issued resetPassword(Actor actor, String username) {
        return reset(Via.ACCOUNT, actor, username);
    }

    /** The operator resets a password at the server's command line (the Chair's too). */
    public Issued resetByOperator(String username) {
        return reset(Via.OPERATOR, Actor.ANONYMOUS, username);
    }

    private Issued reset(Via via, Actor actor, String username) {
        var account = find(username).orElseThrow(() -> new CouncilProblem.NotFound("No account " + username + "."));
        AccountPolicy.reset(via, actor, account.role(), account.state()).orRefuse();
        String password = Passwords.generate();
        String hash = passwords.encode(password);
        Instant now = clock.instant();
        String by = via == Via.OPERATOR ? OPERATOR : actor.describe();
        boolean told = via == Via.ACCOUNT && AccountPolicy.tellsTheDelegation(actor, account.role(), account.state());
        inTransaction(() -> {
            jdbc.sql("UPDATE accounts SET password_hash = ?, must_change_password = ? WHERE username = ?")
                    .params(hash, true, username)
                    .update();
            jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL").params(Timestamps.text(now), username)
                    .update();
            note(username, account.role(), account.state(), "RESET", via, by, told, now);
            events.publishEvent(new IdentityEvent.PasswordReset(username, account.role().name(), account.state(), via.name(), told, now, by));
        });
        return new Issued(new Account(account.username(), account.role(), account.state(), account.displayName(), true, account.active()),
                password);
    }

    /** Takes an account out of use at once: it can no longer sign in, and its tokens and sessions stop working. */
    public Account deactivate(Actor actor, String username, String reason) {
        return deactivate(Via.ACCOUNT, actor, username, reason);
    }

    public Account deactivateByOperator(String username, String reason) {
        return deactivate(Via.OPERATOR, Actor.ANONYMOUS, username, reason);
    }

    private Account deactivate(Via via, Actor actor, String username, String reason) {
        String why = org.peacecouncil.platform.Texts.optional(reason, "reason", 500);
        var account = find(username).orElseThrow(() -> new CouncilProblem.NotFound("No account " + username + "."));
        AccountPolicy.deactivate(via, actor, account.role(), account.state(), actor.username().equals(username)).orRefuse();
        if (!account.active()) {
            throw new CouncilProblem.RuleViolation("deactivated", "The account " + username + " is already deactivated.");
        }
        Instant now = clock.instant();
        String by = via == Via.OPERATOR ? OPERATOR : actor.describe();
        boolean told = via == Via.ACCOUNT && AccountPolicy.tellsTheDelegation(actor, account.role(), account.state());
        inTransaction(() -> {
            jdbc.sql("UPDATE accounts SET deactivated_at = ? WHERE username = ?").params(Timestamps.text(now), username).update();
            jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL").params(Timestamps.text(now), username)
                    .update();
            note(username, account.role(), account.state(), "DEACTIVATED", via, by, told, now);
            events.publishEvent(new IdentityEvent.AccountDeactivated(username, account.role().name(), account.state(), via.name(), why,
                    now, by));
        });
        return new Account(account.username(), account.role(), account.state(), account.displayName(), account.mustChangePassword(), false);
    }

    /** An account act as kept: what was done to which account, by whom, when; {@code told} when its delegation did not do it. */
    public record Change(String username, Role role, String state, String change, String via, String actor, boolean told, Instant at) {
    }

    /** What was done to the state's delegate accounts, newest first: the delegation's own notices, in its workspace. */
    public List<Change> changesOfDelegation(Actor actor) {
        if (!actor.isDelegate()) {
            return List.of();
        }
        return jdbc.sql("SELECT username, role, state, change, via, actor, told, recorded_at FROM account_changes WHERE state = ? "
                + "AND change IN ('CREATED', 'RESET', 'DEACTIVATED') ORDER BY recorded_at DESC LIMIT 50").param(actor.state())
                .query(Accounts::change).list();
    }

    /**
     * The account's creation or password reset within the day before {@code at}, if any: an act of an account whose
     * credentials are that new is shown with it on the record.
     */
    public Optional<Change> credentialsNewAt(String username, Instant at) {
        return jdbc.sql("SELECT username, role, state, change, via, actor, told, recorded_at FROM account_changes WHERE username = ? "
                + "AND change IN ('CREATED', 'RESET') AND recorded_at <= ? AND recorded_at > ? ORDER BY recorded_at DESC LIMIT 1")
                .params(username, Timestamps.text(at), Timestamps.text(at.minus(java.time.Duration.ofDays(1))))
                .query(Accounts::change).optional();
    }

    /** Whether someone reset the account's password after {@code since}: a page session signed in before then ends. */
    public boolean resetSince(String username, Instant since) {
        return jdbc.sql("SELECT count(*) FROM account_changes WHERE username = ? AND change = 'RESET' AND recorded_at > ?")
                .params(username, Timestamps.text(since)).query(Long.class).single() > 0;
    }

    private static Change change(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Change(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), Timestamps.instant(rs.getString(8)));
    }

    /** Every account, for the secretariat; a delegation's own, for its delegates. */
    public List<Account> all(Actor actor) {
        if (actor.isDelegate()) {
            return all().stream().filter(a -> actor.state().equals(a.state())).toList();
        }
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
        return jdbc.sql("SELECT username, role, state, display_name, must_change_password, deactivated_at FROM accounts WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6) == null))
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT username, role, state, display_name, must_change_password, deactivated_at FROM accounts ORDER BY role, username")
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6) == null))
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
