package org.peacecouncil.missions;

import org.peacecouncil.platform.CouncilProblem;

/**
 * Where a state stands with a mission. The state's delegation moves it to QUESTIONS_OPEN, OFFERED, DECLINED or
 * WITHDRAWN; the mission's office moves an offer to ACCEPTED and records deployments (DEPLOYED). The status guards
 * its own transitions: nobody can accept what was never offered or deploy what was never accepted.
 */
public enum Participation {
    NOT_ENGAGED, QUESTIONS_OPEN, OFFERED, ACCEPTED, DEPLOYED, WITHDRAWN, DECLINED;

    /** The state asked questions: it stays where it is if it has already offered or been accepted. */
    Participation questionsFiled() {
        return switch (this) {
            case NOT_ENGAGED, QUESTIONS_OPEN, DECLINED, WITHDRAWN -> QUESTIONS_OPEN;
            case OFFERED, ACCEPTED, DEPLOYED -> this;
        };
    }

    /** Every question answered: back to not engaged, unless the state has moved on. */
    Participation questionsAnswered() {
        return this == QUESTIONS_OPEN ? NOT_ENGAGED : this;
    }

    Participation offered() {
        return switch (this) {
            case NOT_ENGAGED, QUESTIONS_OPEN, DECLINED, WITHDRAWN, OFFERED -> OFFERED;
            case ACCEPTED, DEPLOYED -> this; // a further offer beside one accepted
        };
    }

    Participation accepted() {
        return this == DEPLOYED ? DEPLOYED : ACCEPTED;
    }

    Participation deployed() {
        return DEPLOYED;
    }

    Participation declined() {
        if (this == ACCEPTED || this == DEPLOYED) {
            throw new CouncilProblem.RuleViolation("already-accepted",
                    "An accepted offer is not declined but withdrawn, with the reason on the record.");
        }
        return DECLINED;
    }

    Participation withdrawn() {
        if (this == NOT_ENGAGED || this == DECLINED) {
            throw new CouncilProblem.RuleViolation("nothing-to-withdraw", "There is no offer to withdraw from.");
        }
        return WITHDRAWN;
    }
}
