package org.peacecouncil.missions;

import org.junit.jupiter.api.Test;
import org.peacecouncil.platform.CouncilProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peacecouncil.missions.Participation.*;

/** A state's participation guards its own transitions. */
class ParticipationTests {

    @Test
    void questionsOpenAStateNotYetCommittedAndLeaveAnOfferStanding() {
        assertThat(NOT_ENGAGED.questionsFiled()).isEqualTo(QUESTIONS_OPEN);
        assertThat(DECLINED.questionsFiled()).isEqualTo(QUESTIONS_OPEN);
        assertThat(OFFERED.questionsFiled()).isEqualTo(OFFERED);
        assertThat(QUESTIONS_OPEN.questionsAnswered()).isEqualTo(NOT_ENGAGED);
        assertThat(OFFERED.questionsAnswered()).isEqualTo(OFFERED);
    }

    @Test
    void anAcceptedOrDeployedStateWithdrawsButDoesNotDecline() {
        assertThat(QUESTIONS_OPEN.declined()).isEqualTo(DECLINED);
        assertThat(OFFERED.declined()).isEqualTo(DECLINED);
        assertThatThrownBy(ACCEPTED::declined).isInstanceOf(CouncilProblem.RuleViolation.class);
        assertThatThrownBy(DEPLOYED::declined).isInstanceOf(CouncilProblem.RuleViolation.class);
        assertThat(DEPLOYED.withdrawn()).isEqualTo(WITHDRAWN);
        assertThatThrownBy(NOT_ENGAGED::withdrawn).isInstanceOf(CouncilProblem.RuleViolation.class);
        assertThat(DEPLOYED.accepted()).as("a further accepted offer leaves a deployed state deployed").isEqualTo(DEPLOYED);
    }
}
