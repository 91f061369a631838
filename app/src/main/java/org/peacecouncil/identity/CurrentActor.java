package org.peacecouncil.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor behind the current request. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Actor of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() || !(authentication.getPrincipal() instanceof AccountHolder user)) {
            return Actor.ANONYMOUS;
        }
        return user.account().actor();
    }

    /** The current account, for pages that show who is signed in. */
    public static java.util.Optional<Account> account() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountHolder user) {
            return java.util.Optional.of(user.account());
        }
        return java.util.Optional.empty();
    }
}
