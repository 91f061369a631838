package org.peacecouncil.membership;

import org.junit.jupiter.api.Test;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A membership command that exists is well formed: a known state, texts within their one limit. */
class MembershipCommandsTests {

    @Test
    void anInvitationNamesAKnownStateInItsCanonicalCode() {
        assertThat(MembershipCommands.Invite.of("nor", "  Welcome  ").state()).isEqualTo(StateCode.of("NOR"));
        assertThat(MembershipCommands.Invite.of("NOR", "  Welcome  ").note()).isEqualTo("Welcome");
        assertThat(MembershipCommands.Invite.of("NOR", "   ").note()).isNull();
        assertRefused(() -> MembershipCommands.Invite.of("ZZZ", null), "unknown-country");
        assertRefused(() -> MembershipCommands.Invite.of(null, null), "missing-field");
        assertRefused(() -> MembershipCommands.Invite.of("NOR", "x".repeat(2001)), "field-too-long");
        assertThat(MembershipCommands.Invite.of("NOR", "x".repeat(2000)).note()).hasSize(2000);
    }

    @Test
    void aRemovalNeedsAStatedReasonAndAnObserverAKnownStateIfAny() {
        assertRefused(() -> MembershipCommands.ProposeRemoval.of("HUN", "  "), "reason-required");
        assertRefused(() -> MembershipCommands.ProposeRemoval.of("HUN", "x".repeat(4001)), "field-too-long");
        assertThat(MembershipCommands.RecordObserver.of("", "European Union", null).state()).isNull();
        assertRefused(() -> MembershipCommands.RecordObserver.of("EUR", null, null), "unknown-country");
        assertRefused(() -> new MembershipCommands.Withdraw("x".repeat(4001)), "field-too-long");
    }

    private static void assertRefused(Runnable command, String slug) {
        assertThatThrownBy(command::run).isInstanceOf(CouncilProblem.class)
                .satisfies(e -> assertThat(((CouncilProblem) e).type()).isEqualTo(slug));
    }
}
