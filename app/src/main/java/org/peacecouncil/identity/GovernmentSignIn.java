package org.peacecouncil.identity;

import org.peacecouncil.identity.rules.ProviderSignInPolicy;
import org.peacecouncil.platform.Ruling;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs a delegate in on its government's word: the provider's token, checked by Spring Security (signature, issuer,
 * audience, nonce), names the account; {@link ProviderSignInPolicy} decides whether this provider may sign it in.
 */
@Component
class GovernmentSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService tokens = new OidcUserService();
    private final IdentityProviders providers;
    private final Accounts accounts;

    GovernmentSignIn(IdentityProviders providers, Accounts accounts) {
        this.providers = providers;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var token = tokens.loadUser(request);
        var provider = providers.provider(request.getClientRegistration().getRegistrationId());
        String claimed = provider.stateClaimRequired() ? token.getClaimAsString(provider.stateClaim()) : null;
        String username = token.getClaimAsString(provider.usernameClaim());
        var account = username == null ? null : accounts.find(username).orElse(null);
        var ruling = ProviderSignInPolicy.signIn(provider.state(), claimed, provider.stateClaimRequired(), account);
        if (ruling instanceof Ruling.Refused refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.slug(), refused.message(), null), refused.message());
        }
        return new GovernmentUser(account, provider.id(), token);
    }
}
