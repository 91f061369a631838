package org.peacecouncil.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peacecouncil.platform.ProblemWriter;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two doors. The API ({@code /api/**}) is stateless: reading is public, anything else needs HTTP Basic or a
 * personal bearer token, and refusals are problem+json. Pages use form login with a session and CSRF
 * protection; every page reads without signing in, the workspace needs an account.
 * (Its length: the filter chains and the four small filters they share — password gates and the sessions a
 * deactivation or someone else's reset ends — kept beside the chains they belong to, so the doors read in one place.)
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    /**
     * BCrypt, at the cost {@code peace-council.passwords.bcrypt-strength} (default 10, Spring Security's; the tests
     * choose 4, the least BCrypt allows). Hashes keep their cost, so changing it affects new passwords only.
     */
    @Bean
    PasswordEncoder passwordEncoder(@org.springframework.beans.factory.annotation.Value("${peace-council.passwords.bcrypt-strength:10}")
            int strength) {
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(strength));
        return new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt", encoders);
    }

    @Bean
    UserDetailsService councilUsers(Accounts accounts) {
        return username -> accounts.find(username)
                .map(account -> new CouncilUser(account, accounts.passwordHash(username).orElseThrow()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, PersonalTokens tokens, UserDetailsService users, SignInThrottle throttle) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Peace Council\", Bearer");
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "sign-in-required",
                    "Sign in with HTTP Basic or a personal bearer token to do this.");
        };
        AccessDeniedHandler denied = (request, response, e) -> ProblemWriter.write(response, HttpStatus.FORBIDDEN,
                "forbidden", "This account may not do this.");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/tokens/**", "/api/v1/tokens").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session and no cookies on the API, so there is nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                .headers(SecurityConfiguration::privacyHeaders)
                .addFilterBefore(new BearerTokens(tokens, users, unauthorized), BasicAuthenticationFilter.class)
                .addFilterBefore(throttle.basic(), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle, Accounts accounts, java.time.Clock clock,
            IdentityProviders providers, GovernmentSignIn governmentSignIn) throws Exception {
        if (providers.any()) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").clientRegistrationRepository(providers)
                    .userInfoEndpoint(u -> u.oidcUserService(governmentSignIn))
                    .defaultSuccessUrl("/workspace", false)
                    .failureHandler(SecurityConfiguration::providerRefused));
        }
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/workspace/**", "/account/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/meetings/**", "/meetings", "/motions/**", "/elections/**", "/keys/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/workspace", false).permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(relativeLoginPage()))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .addFilterAfter(new PagePasswordChangeGate(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .addFilterAfter(new DeactivatedSessions(accounts, clock), org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .addFilterBefore(throttle.form(), org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .headers(h -> privacyHeaders(h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))));
        return http.build();
    }

    /**
     * Back to the sign-in page with the refusal's slug, which the page words: never the provider's own text, which a
     * provider (or whoever forged its answer) chose.
     */
    private static void providerRefused(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        String slug = e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                && oauth.getError().getErrorCode().startsWith("provider-") ? oauth.getError().getErrorCode() : "provider-failed";
        response.sendRedirect("/login?refused=" + slug);
    }

    /** To the sign-in page by a path of this server's, never by the host a client claimed to ask. */
    private static org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint relativeLoginPage() {
        var entry = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        entry.setFavorRelativeUris(true);
        return entry;
    }

    /** No address of the record leaks to other sites, and no page may use the browser's camera, microphone or location. */
    private static HeadersConfigurer<HttpSecurity> privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"));
    }

    /**
     * The actuator: health and info for anyone (load balancers); the Prometheus metrics only for the secretariat, with
     * HTTP Basic or a token, as a scraper sends them.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, PersonalTokens tokens, UserDetailsService users, SignInThrottle throttle)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Peace Council\", Bearer");
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "sign-in-required", "Sign in as the secretariat to read the metrics.");
        };
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(Role.SECRETARIAT.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler((request, response, denied) ->
                        ProblemWriter.write(response, HttpStatus.FORBIDDEN, "forbidden", "Only the secretariat reads the metrics.")))
                .headers(SecurityConfiguration::privacyHeaders)
                .addFilterBefore(new BearerTokens(tokens, users, unauthorized), BasicAuthenticationFilter.class)
                .addFilterBefore(throttle.basic(), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Authenticates {@code Authorization: Bearer pct_...} with a personal token. */
    private static final class BearerTokens extends OncePerRequestFilter {
        private final PersonalTokens tokens;
        private final UserDetailsService users;
        private final AuthenticationEntryPoint unauthorized;

        BearerTokens(PersonalTokens tokens, UserDetailsService users, AuthenticationEntryPoint unauthorized) {
            this.tokens = tokens;
            this.users = users;
            this.unauthorized = unauthorized;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var owner = tokens.owner(header.substring(7).strip());
                if (owner.isEmpty()) {
                    unauthorized.commence(request, response, null);
                    return;
                }
                var user = users.loadUserByUsername(owner.get());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * On the pages too, a one-time password is good for choosing a new password and nothing else: any other form an
     * account with one sends, and its workspace, lead to the account page, where it chooses its own.
     */
    private static final class PagePasswordChangeGate extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var account = CurrentActor.account();
            String path = request.getRequestURI();
            boolean allowed = "POST".equals(request.getMethod())
                    ? path.equals("/account/password") || path.equals("/logout") || path.equals("/login")
                    : !path.startsWith("/workspace");
            if (account.isPresent() && account.get().mustChangePassword() && !allowed) {
                response.sendRedirect("/account#password");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * A session of an account deactivated, or whose password someone reset, since it signed in ends at its next request:
     * deactivation works at once, and a reset leaves no one signed in on the old credentials. When the session signed
     * in is kept in it (by the council's clock, as the account acts are).
     */
    private static final class DeactivatedSessions extends OncePerRequestFilter {
        private static final String SIGNED_IN_AT = "peace-council.signed-in-at";
        private final Accounts accounts;
        private final java.time.Clock clock;

        DeactivatedSessions(Accounts accounts, java.time.Clock clock) {
            this.accounts = accounts;
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var account = CurrentActor.account();
            if (account.isPresent()) {
                String username = account.get().username();
                var session = request.getSession(false);
                boolean deactivated = accounts.find(username).map(a -> !a.active()).orElse(true);
                Object since = session == null ? null : session.getAttribute(SIGNED_IN_AT);
                boolean reset = since instanceof java.time.Instant at && accounts.resetSince(username, at);
                if (deactivated || reset) {
                    if (session != null) {
                        session.invalidate();
                    }
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(deactivated ? "/login?deactivated" : "/login?reset");
                    return;
                }
                if (session != null && since == null) {
                    session.setAttribute(SIGNED_IN_AT, clock.instant());
                }
            }
            chain.doFilter(request, response);
        }
    }

    /** An account created with a one-time password must choose its own before it may act through the API. */
    private static final class PasswordChangeGate extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var account = CurrentActor.account();
            if (account.isPresent() && account.get().mustChangePassword()
                    && !("POST".equals(request.getMethod()) && request.getRequestURI().equals("/api/v1/account/password"))) {
                ProblemWriter.write(response, HttpStatus.FORBIDDEN, "password-change-required",
                        "This account still has its one-time password: choose a new one first (POST /api/v1/account/password "
                                + "or the account page).");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
