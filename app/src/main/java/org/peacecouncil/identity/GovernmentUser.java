package org.peacecouncil.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A delegate signed in through its government's identity provider: the account it signs in as, and the provider's word. */
record GovernmentUser(Account account, String provider, OidcUser token) implements OidcUser, AccountHolder {

    @Override
    public Map<String, Object> getClaims() {
        return token.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return token.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return token.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return token.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getName() {
        return account.username();
    }
}
