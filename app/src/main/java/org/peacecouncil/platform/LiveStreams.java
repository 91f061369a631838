package org.peacecouncil.platform;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits live streams (every GET of a path ending in {@code /live}, in any module) within the {@link StreamQuota}: over
 * the server's cap or the client address's, the answer is 429 problem+json with {@code Retry-After}, before anything
 * else is done. A stream holds its place until it ends — completed, timed out, or cut off by a client that left, which
 * the streams' heartbeat makes the server notice within seconds.
 */
@Component
public class LiveStreams extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final StreamQuota quota;

    LiveStreams(CouncilProperties properties) {
        this.quota = new StreamQuota(properties.live().maxStreams(), properties.live().maxStreamsPerAddress());
    }

    /** Streams held now, for tests and metrics. */
    public int held() {
        return quota.held();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/live");
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true; // a stream's later dispatches are the same stream, admitted once
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        var refusal = quota.admit(address);
        if (refusal != null) {
            log.info("Live stream refused for {}: {}", address, refusal);
            response.setHeader("Retry-After", "30");
            ProblemWriter.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-streams", refusal == StreamQuota.Refusal.SERVER_FULL
                    ? "The server holds as many live streams as it can; retry later, or read the page without live updates."
                    : "This address holds as many live streams as one client may; close one, or retry later.");
            return;
        }
        var released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                quota.release(address);
            }
        };
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        release.run();
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                        release.run();
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                        release.run();
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                    }
                });
            } else {
                release.run();
            }
        }
    }
}
