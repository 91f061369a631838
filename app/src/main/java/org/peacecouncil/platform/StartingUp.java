package org.peacecouncil.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request sees a council that is still being set up: until the application is ready (the demo council, when
 * asked for, is seeded by then) the API answers 503 problem+json and pages say the council is starting, both with
 * {@code Retry-After}. Health checks, static files and the log's files answer as usual.
 */
@Component
@Order(-300)
class StartingUp extends OncePerRequestFilter {

    private volatile boolean ready;

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        ready = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ready || path.startsWith("/actuator") || path.startsWith("/css/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Retry-After", "5");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/log/")) {
            ProblemWriter.write(response, HttpStatus.SERVICE_UNAVAILABLE, "starting",
                    "The council is starting (the record is being prepared); try again in a few seconds.");
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta http-equiv=\"refresh\" content=\"5\">"
                + "<title>Starting — Peace Council</title><link rel=\"stylesheet\" href=\"/css/council.css\"></head><body><main>"
                + "<h1>The council is starting</h1><p>The record is being prepared. This page reloads in a few seconds.</p>"
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
