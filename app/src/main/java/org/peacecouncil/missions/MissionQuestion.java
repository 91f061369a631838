package org.peacecouncil.missions;

import java.time.Instant;

import org.peacecouncil.platform.StateCode;

/** A question a state's delegation asked about a mission, and the office's answer once given. */
public record MissionQuestion(QuestionId id, long seq, MissionId mission, StateCode state, String text, boolean confidential,
        String filedBy, Instant filedAt, String answer, String answeredBy, Instant answeredAt) {

    public boolean isOpen() {
        return answeredAt == null;
    }

    MissionQuestion answered(String text, String by, Instant at) {
        if (!isOpen()) {
            throw new org.peacecouncil.platform.CouncilProblem.RuleViolation("already-answered",
                    "This question was answered on " + answeredAt + "; an answer stays on the record as given.");
        }
        return new MissionQuestion(id, seq, mission, state, this.text, confidential, filedBy, filedAt, text, by, at);
    }
}
