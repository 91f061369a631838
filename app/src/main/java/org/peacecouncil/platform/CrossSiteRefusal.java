package org.peacecouncil.platform;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API changes nothing for a request another site's page made a browser send. The API has no cookies, but a browser
 * that cached HTTP Basic credentials would send them along with a cross-site form POST; such a request says where it
 * comes from ({@code Origin}, {@code Sec-Fetch-Site}), and an origin that is not this server's is refused (403) before
 * anything else is done. Clients that are not browsers send neither header and are not affected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CrossSiteRefusal extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRefusal.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        boolean crossSite = "cross-site".equals(request.getHeader("Sec-Fetch-Site"))
                || (origin != null && !sameOrigin(origin, request));
        if (crossSite) {
            log.info("Refused a cross-site {} {} from origin {}", request.getMethod(), request.getRequestURI(), origin);
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, "cross-site-request",
                    "The API does not act on requests that another site's page made a browser send.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The origin is this server's own: the same scheme, host and port the request came to. */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            var uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
            return request.getScheme().equalsIgnoreCase(uri.getScheme()) && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException notAnOrigin) {
            return false; // something that is not an origin at all ("null", an opaque origin, has no host and fails above)
        }
    }
}
