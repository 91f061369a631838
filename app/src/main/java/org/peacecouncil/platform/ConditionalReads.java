package org.peacecouncil.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional GETs on the public record's pages and API: the ETag is a digest of every module's
 * {@link RecordVersion} (every act is on the log, so the log's size and latest checkpoint cover the record; the
 * decisions module adds the deadlines that have passed; the date covers what the calendar derives by day), of who
 * asks (a page shows the signed-in account) and of this start of the application. A request whose
 * {@code If-None-Match} still matches is answered 304 without reading or rendering anything else. An anonymous reader
 * without a session who has no copy yet gets the answer kept under the same ETag ({@link RenderedReads}) when there
 * is one, unless it asks for a fresh one ({@code Cache-Control: no-cache}); a streamed export is never kept. A page that
 * shows a form's notice or refusal is answered in full, without an ETag. Live streams,
 * accounts, tokens and inboxes are not covered.
 */
@Component
class ConditionalReads extends OncePerRequestFilter {

    private static final List<String> PAGES = List.of("/members", "/charter", "/log", "/meetings", "/motions/", "/elections/");
    private static final List<String> PERSONAL = List.of("/api/v1/tokens", "/api/v1/account", "/api/v1/inbox");

    private final List<RecordVersion> versions;
    private final Clock clock;
    private final String started = UUID.randomUUID().toString();
    private final RenderedReads rendered;

    ConditionalReads(List<RecordVersion> versions, Clock clock, CouncilProperties properties) {
        this.versions = versions;
        this.clock = clock;
        this.rendered = new RenderedReads(properties.pages().renderedBytes(), 1 << 20);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith("/live") || PERSONAL.stream().anyMatch(path::startsWith) || path.startsWith("/log/tile")
                || path.startsWith("/log/checkpoint") || path.equals("/log/key") || path.equals("/api/v1/signing-payloads/time")) {
            return true;
        }
        return !(path.equals("/") || path.startsWith("/api/v1/") || PAGES.stream().anyMatch(path::startsWith));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (carriesAMessage(request)) { // the answer to a form: its notice or refusal is in no version of the record
            chain.doFilter(request, response);
            return;
        }
        String etag = etag(request, clock.instant());
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (!"GET".equals(request.getMethod()) || !anonymousWithoutSession(request) || isStreamedExport(request)) {
            chain.doFilter(request, response);
            return;
        }
        var kept = noCache(request) ? null : rendered.get(etag);
        if (kept != null) {
            var named = new java.util.HashSet<String>();
            for (var h : kept.headers()) {
                if (named.add(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    response.setHeader(h.getKey(), h.getValue());
                } else {
                    response.addHeader(h.getKey(), h.getValue());
                }
            }
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (capture.getStatus() == HttpServletResponse.SC_OK && anonymousWithoutSession(request)
                && !capture.getHeaderNames().contains("Set-Cookie") && capture.getContentType() != null) {
            var headers = new ArrayList<Map.Entry<String, String>>();
            for (String name : capture.getHeaderNames()) {
                if (!List.of("content-length", "content-type", "etag", "cache-control").contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    capture.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
                }
            }
            headers.add(Map.entry("Content-Type", capture.getContentType()));
            rendered.put(etag, new RenderedReads.Answer(List.copyOf(headers), capture.getContentAsByteArray()));
        }
        capture.copyBodyToResponse();
    }

    /** An export written as a stream (a fund's IATI XML or flows CSV can hold 1,000,000 flows): never held whole in memory. */
    private static boolean isStreamedExport(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.endsWith("/iati.xml") || uri.endsWith("/flows.csv");
    }

    private static final String FLASH_MAPS = org.springframework.web.servlet.support.SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    /**
     * Whether a page is about to show a form's notice or refusal (a flash message kept in the session for the page the
     * form redirects to). A refused act changes no version, so without this the page would be answered 304 and the
     * browser would show its copy from before the form, without the reason for the refusal.
     */
    private static boolean carriesAMessage(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(FLASH_MAPS) instanceof java.util.Collection<?> maps && !maps.isEmpty();
    }

    private static boolean anonymousWithoutSession(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return (authentication == null || authentication instanceof AnonymousAuthenticationToken) && request.getSession(false) == null;
    }

    private static boolean noCache(HttpServletRequest request) {
        String cacheControl = request.getHeader("Cache-Control");
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }

    private static String languageChosen(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (Languages.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "";
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
        text.append('|').append(request.getHeader("Accept")).append('|').append(request.getHeader("Accept-Language"))
                .append('|').append(request.getHeader("Accept-Encoding")); // an answer may be compressed for those who accept it
        text.append('|').append(request.getRequestURI()).append('?').append(request.getQueryString());
        text.append('|').append(languageChosen(request)); // the page is in the reader's chosen language
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
