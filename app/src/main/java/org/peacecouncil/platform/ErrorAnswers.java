package org.peacecouncil.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the server answers when no handler does (the servlet container's error dispatch: an unknown path, a method a
 * path does not take, a request the firewall rejects, an uncaught fault). The API, the log's files and every client
 * that does not ask for HTML get problem+json with a stable type; browsers get the error page in words. No answer
 * repeats the request's own text beyond its path.
 */
@Controller
class ErrorAnswers implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        int status = statusOf(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        var words = Problems.forStatus(status);
        if (wantsProblem(request, path)) {
            var problem = Problems.of(HttpStatus.valueOf(status), words.slug(), HttpStatus.valueOf(status).getReasonPhrase(), words.detail());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status);
        var page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("message", words.detail());
        return page;
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return status < 400 || status > 599 ? 500 : status;
    }

    /** Everything but a browser asking for a page gets problem+json. */
    private static boolean wantsProblem(HttpServletRequest request, String path) {
        if (path.startsWith("/api/") || path.startsWith("/log/") || path.startsWith("/v3/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
