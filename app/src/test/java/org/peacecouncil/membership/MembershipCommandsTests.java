package org.peacecouncil.membership;

import org.junit.jupiter.api.Test;
import org.peacecouncil.platform.CouncilProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A membership command that exists is well formed: a known state, texts within their one limit. */
class MembershipCommandsTests {

    @Test
    void anInvitationNamesAKnownStateInItsCanonicalCode() {
        assertThat(new MembershipCommands.Invite("nor", "  Welcome  ").state()).isEqualTo("NOR");
        assertThat(new MembershipCommands.Invite("NOR", "  Welcome  ").note()).isEqualTo("Welcome");
        assertThat(new MembershipCommands.Invite("NOR", "   ").note()).isNull();
        assertRefused(() -> new MembershipCommands.Invite("ZZZ", null), "unknown-country");
        assertRefused(() -> new MembershipCommands.Invite(null, null), "missing-field");
        assertRefused(() -> new MembershipCommands.Invite("NOR", "x".repeat(2001)), "field-too-long");
        assertThat(new MembershipCommands.Invite("NOR", "x".repeat(2000)).note()).hasSize(2000);
    }

    @Test
    void aRemovalNeedsAStatedReasonAndAnObserverAKnownStateIfAny() {
        assertRefused(() -> new MembershipCommands.ProposeRemoval("HUN", "  "), "reason-required");
        assertRefused(() -> new MembershipCommands.ProposeRemoval("HUN", "x".repeat(4001)), "field-too-long");
        assertThat(new MembershipCommands.RecordObserver("", "European Union", null).state()).isNull();
        assertRefused(() -> new MembershipCommands.RecordObserver("EUR", null, null), "unknown-country");
        assertRefused(() -> new MembershipCommands.Withdraw("x".repeat(4001)), "field-too-long");
    }

    private static void assertRefused(Runnable command, String slug) {
        assertThatThrownBy(command::run).isInstanceOf(CouncilProblem.class)
                .satisfies(e -> assertThat(((CouncilProblem) e).type()).isEqualTo(slug));
    }
}
