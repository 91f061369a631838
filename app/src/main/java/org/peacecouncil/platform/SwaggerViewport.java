package org.peacecouncil.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Swagger UI's own page has no viewport, so a phone shows it as a shrunken desktop page; this adds the one the
 * council's pages have, whatever Swagger UI version the build brings.
 */
@Component
class SwaggerViewport extends OncePerRequestFilter {

    static final String VIEWPORT = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + "/swagger-ui/index.html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        String page = new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
        if (capture.getStatus() != HttpServletResponse.SC_OK || !page.contains("<head>") || page.contains("name=\"viewport\"")) {
            capture.copyBodyToResponse();
            return;
        }
        byte[] body = page.replaceFirst("<head>", "<head>\n    " + VIEWPORT).getBytes(StandardCharsets.UTF_8);
        capture.resetBuffer();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
