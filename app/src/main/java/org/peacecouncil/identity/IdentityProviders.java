package org.peacecouncil.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peacecouncil.platform.Countries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The governments' OpenID Connect providers a delegation may sign in through, each bound to one state, configured as
 * {@code peace-council.identity-providers.<id>.{state, name, issuer-uri, client-id, client-secret}} (and optionally
 * {@code username-claim}, default {@code preferred_username}, and {@code state-claim}, default {@code state}; a blank
 * state claim means the provider's tokens need not name the state). A provider's discovery document is read when it is
 * first used, so a provider that is down does not stop the council from starting.
 */
@Component
public class IdentityProviders implements ClientRegistrationRepository {

    /** One provider, bound to {@code state}. */
    public record Provider(String id, String state, String name, String issuerUri, String clientId, String clientSecret,
            String usernameClaim, String stateClaim) {
        public Provider {
            if (state == null || issuerUri == null || clientId == null) {
                throw new IllegalStateException("Identity provider " + id + " needs a state, an issuer-uri and a client-id.");
            }
            state = Countries.require(state).alpha3();
            name = name == null || name.isBlank() ? "Government of " + Countries.name(state) : name;
            usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
            stateClaim = stateClaim == null ? "state" : stateClaim.strip();
        }

        public boolean stateClaimRequired() {
            return !stateClaim.isEmpty();
        }
    }

    /** As configured, before the id is known. */
    record Configured(String state, String name, String issuerUri, String clientId, String clientSecret, String usernameClaim,
            String stateClaim) {
    }

    private static final Logger log = LoggerFactory.getLogger(IdentityProviders.class);

    private final Map<String, Provider> providers = new LinkedHashMap<>();
    private final Map<String, ClientRegistration> registrations = new ConcurrentHashMap<>();

    IdentityProviders(Environment environment) {
        Binder.get(environment).bind("peace-council.identity-providers", Bindable.mapOf(String.class, Configured.class))
                .orElse(Map.of())
                .forEach((id, c) -> providers.put(id, new Provider(id, c.state(), c.name(), c.issuerUri(), c.clientId(), c.clientSecret(),
                        c.usernameClaim(), c.stateClaim())));
    }

    public List<Provider> all() {
        return List.copyOf(providers.values());
    }

    public boolean any() {
        return !providers.isEmpty();
    }

    Provider provider(String id) {
        var provider = providers.get(id);
        if (provider == null) {
            throw new IllegalArgumentException("No identity provider " + id);
        }
        return provider;
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        var provider = providers.get(id);
        if (provider == null) {
            return null;
        }
        try {
            return registrations.computeIfAbsent(id, key -> ClientRegistrations.fromIssuerLocation(provider.issuerUri())
                    .registrationId(id).clientName(provider.name()).clientId(provider.clientId()).clientSecret(provider.clientSecret())
                    .scope("openid", "profile").redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build());
        } catch (RuntimeException e) {
            log.warn("The identity provider {} ({}) could not be reached: {}", id, provider.issuerUri(), e.getMessage());
            return null;
        }
    }
}
