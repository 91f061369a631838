package org.peacecouncil.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Conditional GETs on the public record's pages and API: the ETag is a digest of every module's
 * {@link RecordVersion} (every act is on the log, so the log's size and latest checkpoint cover the record; the
 * decisions module adds the deadlines that have passed; the date covers what the calendar derives by day), of who
 * asks (a page shows the signed-in account) and of this start of the application. A request whose
 * {@code If-None-Match} still matches is answered 304 without reading or rendering anything else. Live streams,
 * accounts and tokens are not covered.
 */
@Component
class ConditionalReads extends OncePerRequestFilter {

    private static final List<String> PAGES = List.of("/members", "/charter", "/log", "/meetings", "/motions/", "/elections/");
    private static final List<String> PERSONAL = List.of("/api/v1/tokens", "/api/v1/accounts");

    private final List<RecordVersion> versions;
    private final Clock clock;
    private final String started = UUID.randomUUID().toString();

    ConditionalReads(List<RecordVersion> versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith("/live") || PERSONAL.stream().anyMatch(path::startsWith) || path.startsWith("/log/tile")
                || path.startsWith("/log/checkpoint") || path.equals("/log/key")) {
            return true;
        }
        return !(path.equals("/") || path.startsWith("/api/v1/") || PAGES.stream().anyMatch(path::startsWith));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String etag = etag(request, clock.instant());
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, response);
    }

    private String etag(HttpServletRequest request, Instant now) {
        var text = new StringBuilder(started).append('|').append(Timestamps.dateOf(now));
        for (RecordVersion version : versions) {
            text.append('|').append(version.at(now));
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        text.append('|').append(authentication == null ? "" : authentication.getName());
        var session = request.getSession(false);
        text.append('|').append(session == null ? "" : session.getId());
        text.append('|').append(request.getHeader("Accept")).append('|').append(request.getHeader("Accept-Language"));
        text.append('|').append(request.getRequestURI()).append('?').append(request.getQueryString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
