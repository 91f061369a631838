package org.peacecouncil.platform;

import org.springframework.http.HttpStatus;

/**
 * A request the council refuses, with the reason a person can read. Modules throw the subclasses; the API
 * answers them as RFC 9457 problem details and pages show the message.
 */
public abstract class CouncilProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    protected CouncilProblem(HttpStatus status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    public HttpStatus status() {
        return status;
    }

    /** A short slug naming the kind of problem, e.g. {@code not-your-state}. */
    public String type() {
        return type;
    }

    /** Nobody is signed in, and the act needs an account. */
    public static class NotSignedIn extends CouncilProblem {
        public NotSignedIn(String message) {
            super(HttpStatus.UNAUTHORIZED, "sign-in-required", message);
        }
    }

    /** The actor may not do this (wrong role, or acting for another state). */
    public static class NotPermitted extends CouncilProblem {
        public NotPermitted(String type, String message) {
            super(HttpStatus.FORBIDDEN, type, message);
        }
    }

    /** The thing named does not exist. */
    public static class NotFound extends CouncilProblem {
        public NotFound(String message) {
            super(HttpStatus.NOT_FOUND, "not-found", message);
        }
    }

    /** The request is well formed but the charter or the record's state forbids it now. */
    public static class RuleViolation extends CouncilProblem {
        public RuleViolation(String type, String message) {
            super(HttpStatus.CONFLICT, type, message);
        }
    }

    /** The request itself is wrong: unknown country, missing field, bad value. */
    public static class InvalidRequest extends CouncilProblem {
        public InvalidRequest(String type, String message) {
            super(HttpStatus.BAD_REQUEST, type, message);
        }
    }
}
