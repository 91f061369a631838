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
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on API POSTs (IETF httpapi-idempotency-key-header): the first request with a
 * key is executed and its successful answer kept for a day; a retry with the same key and body gets the same
 * answer without acting again; the same key with another body is refused (422). Keys are per principal, so one caller
 * cannot replay another's answer. A refused request (4xx/5xx) keeps nothing, so the caller can correct it and retry
 * with the same key.
 * <p>
 * The key, the act and the answer are one transaction: the request runs inside it (the services' transactions join
 * it) and the answer is written before it commits. So a crash leaves either the act with its answer or neither — a
 * retry after a restart gets the kept answer or runs the act — and a request that arrives while another with the same
 * key runs waits for that one to commit (the database holds the key's row), then gets its answer. Only a key kept by
 * an earlier version without its answer is answered 409 with {@code Retry-After}.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;
    private final TransactionTemplate transactions;

    IdempotencyFilter(IdempotencyStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
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
        var recorded = new ContentCachingResponseWrapper(response);
        var replayable = request instanceof CachedBodyRequest ? request : new CachedBodyRequest(request, body);

        Optional<IdempotencyStore.Kept> earlier;
        try {
            earlier = transactions.execute(status -> {
                if (!store.claim(principal, key, fingerprint)) {
                    status.setRollbackOnly();
                    return store.find(principal, key);
                }
                run(chain, replayable, recorded);
                if (recorded.getStatus() < 400) {
                    store.complete(principal, key, recorded.getStatus(), recorded.getContentType(),
                            new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8), recorded.getHeader("Location"));
                } else {
                    status.setRollbackOnly(); // a refusal keeps nothing, the key included
                }
                return null;
            });
        } catch (TransactionException notCommitted) {
            // The answer was written but the act did not commit: say so rather than send an answer that is not true.
            logger.warn("An idempotent request's transaction did not commit", notCommitted);
            recorded.resetBuffer();
            ProblemWriter.write(response, HttpStatus.SERVICE_UNAVAILABLE, "not-committed",
                    "The request was not recorded; retry it with the same Idempotency-Key.");
            return;
        }
        if (earlier != null) {
            answerFromStore(earlier, fingerprint, response);
            return;
        }
        recorded.copyBodyToResponse();
    }

    private static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answerFromStore(Optional<IdempotencyStore.Kept> kept, String fingerprint,
            HttpServletResponse response) throws IOException {
        if (kept.isEmpty()) { // committed and forgotten between the claim and the read: only the hourly clean-up does that
            response.setHeader("Retry-After", "1");
            ProblemWriter.write(response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                    "A request with this Idempotency-Key has just finished; retry.");
            return;
        }
        var answer = kept.get();
        if (!answer.fingerprint().equals(fingerprint)) {
            ProblemWriter.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.");
            return;
        }
        if (answer.status() == null) {
            response.setHeader("Retry-After", "1");
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
