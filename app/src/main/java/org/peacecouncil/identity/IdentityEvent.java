package org.peacecouncil.identity;

import java.time.Instant;

import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.RecordedAct;

/**
 * An account act, published in the transaction that makes it, so that who created, reset or deactivated which
 * account, and who issued or revoked a token, is on the public log — never a password, a hash or a token's secret.
 * {@code via} says whether a signed-in account acted ({@code ACCOUNT}) or the operator at the server's command line
 * ({@code OPERATOR}).
 */
public sealed interface IdentityEvent extends RecordedAct {

    @Override
    default String module() {
        return "identity";
    }

    /** The account acted on. */
    String username();

    @ActType(value = "AccountCreated", version = 1)
    record AccountCreated(String username, String role, String state, String displayName, String via, Instant recordedAt, String actor)
            implements IdentityEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    /** A new one-time password; {@code delegationTold} when the delegation did not reset it itself. */
    @ActType(value = "PasswordReset", version = 1)
    record PasswordReset(String username, String role, String state, String via, boolean delegationTold, Instant recordedAt,
            String actor) implements IdentityEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "AccountDeactivated", version = 1)
    record AccountDeactivated(String username, String role, String state, String via, String reason, Instant recordedAt, String actor)
            implements IdentityEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "TokenIssued", version = 1)
    record TokenIssued(String username, String state, String tokenId, String label, Instant recordedAt, String actor)
            implements IdentityEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "TokenRevoked", version = 1)
    record TokenRevoked(String username, String state, String tokenId, Instant recordedAt, String actor) implements IdentityEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }
}
