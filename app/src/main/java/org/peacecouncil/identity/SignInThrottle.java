package org.peacecouncil.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peacecouncil.platform.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limiting of password sign-ins — the sign-in form and HTTP Basic — per account and per client address, with a
 * backoff that doubles ({@link SignInBackoff}): an account is held back after 5 failures in a row, an address after 50
 * within an hour ({@code peace-council.sign-in.account-failures} and {@code .address-failures}). A held-back attempt is answered 429 (problem+json with {@code Retry-After} on the API, the error page
 * on the form) before the password is checked, and logged.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInBackoff accounts;
    private final SignInBackoff addresses;
    private final Clock clock;

    SignInThrottle(Clock clock, @org.springframework.beans.factory.annotation.Value("${peace-council.sign-in.account-failures:5}") int accountFailures,
            @org.springframework.beans.factory.annotation.Value("${peace-council.sign-in.address-failures:50}") int addressFailures) {
        this.clock = clock;
        this.accounts = new SignInBackoff(accountFailures, Duration.ofMinutes(15), Duration.ofHours(1), 100_000);
        this.addresses = new SignInBackoff(addressFailures, Duration.ofMinutes(15), Duration.ofHours(1), 100_000);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = addressOf(event.getAuthentication().getDetails());
        var now = clock.instant();
        var accountWait = accounts.failed("account:" + username, now);
        var addressWait = address == null ? Duration.ZERO : addresses.failed("address:" + address, now);
        if (!accountWait.isZero() || !addressWait.isZero()) {
            log.warn("Sign-in of '{}' from {} failed again: held back for {} s", username, address,
                    Math.max(accountWait.toSeconds(), addressWait.toSeconds()));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.succeeded("account:" + event.getAuthentication().getName());
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** How long an attempt to sign in as {@code username} from {@code address} must still wait. */
    Duration waitFor(String username, String address) {
        var now = clock.instant();
        var account = username == null ? Duration.ZERO : accounts.waitFor("account:" + username, now);
        var fromAddress = addresses.waitFor("address:" + address, now);
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    /** Holds back HTTP Basic attempts (API and metrics); placed before the Basic authentication filter. */
    OncePerRequestFilter basic() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader("Authorization");
                if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                    var wait = waitFor(basicUsername(header), request.getRemoteAddr());
                    if (!wait.isZero()) {
                        log.warn("Held back a sign-in (HTTP Basic) from {} for {} s", request.getRemoteAddr(), seconds(wait));
                        response.setHeader("Retry-After", Long.toString(seconds(wait)));
                        ProblemWriter.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins",
                                "Too many failed sign-ins for this account or from this address; retry in " + seconds(wait) + " s.");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Holds back sign-in form posts; placed before the form login filter. */
    OncePerRequestFilter form() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI())) {
                    var wait = waitFor(request.getParameter("username"), request.getRemoteAddr());
                    if (!wait.isZero()) {
                        log.warn("Held back a sign-in (form) from {} for {} s", request.getRemoteAddr(), seconds(wait));
                        response.setHeader("Retry-After", Long.toString(seconds(wait)));
                        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String basicUsername(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
