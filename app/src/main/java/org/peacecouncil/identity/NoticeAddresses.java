package org.peacecouncil.identity;

import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where each account wants its notices by e-mail. Only the account's holder sets or clears its own address: it is
 * personal data, not an act of the council, so it stays off the public log and no other account sees it.
 */
@Service
public class NoticeAddresses {

    /** An active account that wants e-mail, and the delegation or office it reads for. */
    public record Recipient(String username, Role role, String state, String email, java.util.Locale language) {
        /** The state's alpha-3 code for a delegate, else the office ("CHAIR", "SECRETARIAT"). */
        public String readsFor() {
            return role == Role.DELEGATE ? state : role.name();
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    NoticeAddresses(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Sets the signed-in account's own address (blank clears it), and the language its notices are to be written in:
     * the one it reads the platform in as it sets the address.
     */
    public Optional<String> set(Actor actor, String email, java.util.Locale language) {
        if (actor.isAnonymous()) {
            throw new CouncilProblem.NotSignedIn("Sign in with the account whose e-mail address you are setting.");
        }
        String address = email == null || email.isBlank() ? null : checked(email.strip());
        String tag = language == null ? null : language.getLanguage();
        tx.executeWithoutResult(s -> jdbc.sql("UPDATE accounts SET email = ?, language = ? WHERE username = ?").params(address, tag, actor.username())
                .update());
        return Optional.ofNullable(address);
    }

    public Optional<String> of(String username) {
        return jdbc.sql("SELECT email FROM accounts WHERE username = ?").param(username).query(String.class).optional()
                .filter(e -> e != null);
    }

    /** Every active account with an address. */
    public List<Recipient> recipients() {
        return jdbc.sql("SELECT username, role, state, email, language FROM accounts WHERE email IS NOT NULL AND deactivated_at IS NULL "
                + "ORDER BY username").query((rs, n) -> new Recipient(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5) == null ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag(rs.getString(5)))).list();
    }

    /** The delegations and offices that have at least one active account, which is who can read a notice. */
    public List<String> readers() {
        return jdbc.sql("SELECT DISTINCT CASE WHEN role = 'DELEGATE' THEN state ELSE role END FROM accounts "
                + "WHERE deactivated_at IS NULL AND username <> ? ORDER BY 1").param(Accounts.OPERATOR).query(String.class).list();
    }

    private static String checked(String email) {
        try {
            var address = new InternetAddress(email, true);
            if (address.getPersonal() != null || !email.equals(address.getAddress()) || !email.contains("@") || email.length() > 254) {
                throw new AddressException(email);
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new CouncilProblem.InvalidRequest("invalid-email", "“" + email + "” is not an e-mail address (name@example.org).");
        }
    }
}
