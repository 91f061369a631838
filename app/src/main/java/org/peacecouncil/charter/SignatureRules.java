package org.peacecouncil.charter;

import java.util.List;
import java.util.Set;

/**
 * Which of a state's own acts must carry its delegation's signature to be recorded. Every signable act can be signed;
 * the charter names those that must be (none by default, so a council can start before its delegations hold keys).
 *
 * @param required the public names (as on the log) of the acts that are refused unsigned
 */
public record SignatureRules(Set<String> required) {

    /**
     * The acts a delegation can sign, by their public names on the log: a charter can require only these. A test keeps
     * this list equal to the acts that declare themselves signable.
     */
    public static final List<String> SIGNABLE = List.of("ConsentGiven", "InvitationDeclined", "StateWithdrew", "RemovalVetoCast",
            "BallotCast", "ElectionBallotCast", "FlowRecorded", "FlowConfirmed", "FlowWithdrawn", "QuestionsFiled", "OfferRecorded",
            "OfferConfirmed", "ParticipationEnded", "ClarificationRecorded", "ClarificationConfirmed");

    public SignatureRules {
        required = Set.copyOf(required);
    }

    public static SignatureRules defaults() {
        return new SignatureRules(Set.of());
    }

    public boolean requires(String act) {
        return required.contains(act);
    }
}
