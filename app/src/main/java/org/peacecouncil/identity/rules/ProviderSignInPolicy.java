package org.peacecouncil.identity.rules;

import org.peacecouncil.identity.Account;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * Who a government's identity provider may sign in: only an active delegate account of the one state the provider is
 * bound to, and only on a token that says it is for that state (when the provider is configured to say so). A
 * provider can never sign in the Chair, the secretariat or another state's delegate, whatever its token claims.
 */
public final class ProviderSignInPolicy {

    private ProviderSignInPolicy() {
    }

    /**
     * @param providerState the state the provider is bound to (alpha-3)
     * @param claimedState  the state the token names, or null when it names none
     * @param claimRequired whether the provider's tokens must name the state
     * @param account       the account the token's username claim names, or null when there is none
     */
    public static Ruling signIn(String providerState, String claimedState, boolean claimRequired, Account account) {
        String state = Countries.name(providerState) + " (" + providerState + ")";
        if (claimedState == null || claimedState.isBlank()) {
            if (claimRequired) {
                return Ruling.notPermitted("provider-state-missing", "The identity provider of " + state
                        + " sent a token that does not say which state it signs in for.");
            }
        } else if (!claimedState.strip().equalsIgnoreCase(providerState)) {
            return Ruling.notPermitted("provider-other-state", "The identity provider of " + state
                    + " signs in delegates of " + state + " only; its token claimed another state.");
        }
        if (account == null || !account.active()) {
            return Ruling.notPermitted("provider-no-account", "No active delegate account of " + state
                    + " has that name; the delegation creates its accounts, on the record.");
        }
        if (account.role() != Role.DELEGATE || !providerState.equals(account.state())) {
            return Ruling.notPermitted("provider-other-account", "The identity provider of " + state
                    + " signs in delegates of " + state + " only, not this account.");
        }
        return Ruling.allowed();
    }
}
