package org.peacecouncil.identity.rules;

import org.junit.jupiter.api.Test;
import org.peacecouncil.identity.Account;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Ruling;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderSignInPolicyTests {

    private static final Account AZE_DELEGATE = new Account("delegate-aze", Role.DELEGATE, "AZE", "Delegate", false, true);

    private static String slug(Ruling ruling) {
        return ruling instanceof Ruling.Refused refused ? refused.slug() : "allowed";
    }

    @Test
    void aProviderSignsInAnActiveDelegateOfItsOwnStateOnATokenClaimingThatState() {
        assertThat(ProviderSignInPolicy.signIn("AZE", "AZE", true, AZE_DELEGATE).isAllowed()).isTrue();
        assertThat(ProviderSignInPolicy.signIn("AZE", " aze ", true, AZE_DELEGATE).isAllowed()).as("as tokens write it").isTrue();
    }

    @Test
    void aTokenClaimingAnotherStateIsRefusedWhoeverItNames() {
        assertThat(slug(ProviderSignInPolicy.signIn("ARM", "AZE", true, AZE_DELEGATE))).isEqualTo("provider-other-state");
        assertThat(slug(ProviderSignInPolicy.signIn("AZE", "ARM", true, AZE_DELEGATE))).isEqualTo("provider-other-state");
        assertThat(slug(ProviderSignInPolicy.signIn("AZE", "ARM", false, AZE_DELEGATE))).as("even where no claim is required")
                .isEqualTo("provider-other-state");
    }

    @Test
    void aProviderNeverSignsInAnotherStatesDelegateOrAnOffice() {
        assertThat(slug(ProviderSignInPolicy.signIn("ARM", "ARM", true, AZE_DELEGATE))).isEqualTo("provider-other-account");
        for (Role office : new Role[] {Role.CHAIR, Role.SECRETARIAT}) {
            var account = new Account("someone", office, null, "Someone", false, true);
            assertThat(slug(ProviderSignInPolicy.signIn("AZE", "AZE", true, account))).isEqualTo("provider-other-account");
        }
    }

    @Test
    void aTokenNamingNoStateIsRefusedOnlyWhereTheProviderMustNameIt() {
        assertThat(slug(ProviderSignInPolicy.signIn("AZE", null, true, AZE_DELEGATE))).isEqualTo("provider-state-missing");
        assertThat(slug(ProviderSignInPolicy.signIn("AZE", "", true, AZE_DELEGATE))).isEqualTo("provider-state-missing");
        assertThat(ProviderSignInPolicy.signIn("AZE", null, false, AZE_DELEGATE).isAllowed()).isTrue();
    }

    @Test
    void noAccountOrADeactivatedOneIsRefused() {
        assertThat(slug(ProviderSignInPolicy.signIn("AZE", "AZE", true, null))).isEqualTo("provider-no-account");
        var departed = new Account("delegate-aze", Role.DELEGATE, "AZE", "Delegate", false, false);
        assertThat(slug(ProviderSignInPolicy.signIn("AZE", "AZE", true, departed))).isEqualTo("provider-no-account");
    }
}
