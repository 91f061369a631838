package org.peacecouncil.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on API POSTs (IETF httpapi-idempotency-key-header): the first request with a
 * key is executed and its successful answer kept for a day; a retry with the same key and body gets the same
 * answer without acting again; the same key with another body is refused (422); a retry while the first is
 * still running is refused (409). Keys are per principal, so one caller cannot replay another's answer.
 * A refused request (4xx/5xx) keeps nothing, so the caller can correct it and retry with the same key.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;

    IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            ProblemWriter.write(response, HttpStatus.BAD_REQUEST, "bad-idempotency-key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters.");
            return;
        }
        byte[] body = request instanceof CachedBodyRequest cached ? cached.body() : request.getInputStream().readAllBytes();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String principal = auth == null ? "anonymous" : auth.getName();
        String fingerprint = fingerprint(request, body);

        if (!store.claim(principal, key, fingerprint)) {
            answerFromStore(store.find(principal, key), fingerprint, response);
            return;
        }
        var recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request instanceof CachedBodyRequest ? request : new CachedBodyRequest(request, body), recorded);
            if (recorded.getStatus() < 400) {
                store.complete(principal, key, recorded.getStatus(), recorded.getContentType(),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8),
                        recorded.getHeader("Location"));
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(principal, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void answerFromStore(Optional<IdempotencyStore.Kept> kept, String fingerprint,
            HttpServletResponse response) throws IOException {
        if (kept.isEmpty()) {
            ProblemWriter.write(response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                    "A request with this Idempotency-Key has just finished or failed; retry.");
            return;
        }
        var answer = kept.get();
        if (!answer.fingerprint().equals(fingerprint)) {
            ProblemWriter.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.");
            return;
        }
        if (answer.status() == null) {
            ProblemWriter.write(response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                    "A request with this Idempotency-Key is still being processed.");
            return;
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
