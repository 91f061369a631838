package org.peacecouncil.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API is an RFC 9457 problem. Spring's own errors (malformed JSON, wrong types, missing
 * parameters) come through the superclass; the council's refusals through {@link CouncilProblem}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    @ExceptionHandler(CouncilProblem.class)
    ResponseEntity<ProblemDetail> refused(CouncilProblem problem) {
        return respond(Problems.of(problem.status(), problem.type(), problem.status().getReasonPhrase(),
                problem.getMessage()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        log.info("Refused a write that would break a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The request conflicts with the current record (it may have been made twice at once)."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // A command record that refuses its own content (a self-validating record) says why, with its own slug.
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CouncilProblem problem) {
                return new ResponseEntity<>(Problems.of(problem.status(), problem.type(), problem.status().getReasonPhrase(),
                        problem.getMessage()), problemHeaders(), problem.status());
            }
        }
        String cause = ex.getMostSpecificCause().getMessage();
        String firstLine = cause == null ? "" : cause.lines().findFirst().orElse("");
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Bad Request",
                "The request body is not valid JSON for this request" + (firstLine.isEmpty() ? "." : ": " + firstLine));
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-field", "Bad Request",
                ex.getBindingResult().getFieldErrors().stream()
                        .map(e -> e.getField() + ": " + e.getDefaultMessage())
                        .sorted()
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("The request is not valid."));
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    /**
     * The framework's own refusals (a method the path does not take, a query parameter of the wrong type, a body of
     * another media type…) get the council's stable problem types instead of {@code about:blank}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        var answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type(Problems.forStatus(statusCode.value()).slug()));
            var problemHeaders = new HttpHeaders();
            problemHeaders.putAll(answer.getHeaders());
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(problem, problemHeaders, answer.getStatusCode());
        }
        return answer;
    }

    private static HttpHeaders problemHeaders() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
