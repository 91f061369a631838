package org.peacecouncil.platform;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details with the council's type URIs. */
public final class Problems {

    private Problems() {
    }

    /** The slug and a sentence for a status that no rule of the council chose (the container's, the framework's). */
    public record Words(String slug, String detail) {
    }

    private static final Map<Integer, Words> BY_STATUS = Map.ofEntries(
            Map.entry(400, new Words("bad-request", "The request is not well formed.")),
            Map.entry(401, new Words("sign-in-required", "Sign in to do this.")),
            Map.entry(403, new Words("forbidden", "This is not allowed.")),
            Map.entry(404, new Words("not-found", "There is nothing at this address.")),
            Map.entry(405, new Words("method-not-allowed", "This address does not take that method.")),
            Map.entry(406, new Words("not-acceptable", "This address cannot answer in the type asked for.")),
            Map.entry(413, new Words("body-too-large", "The request body is too large.")),
            Map.entry(414, new Words("uri-too-long", "The address is too long.")),
            Map.entry(415, new Words("unsupported-media-type", "This address does not take a body of that type.")),
            Map.entry(429, new Words("too-many-requests", "Too many requests; retry later.")),
            Map.entry(431, new Words("headers-too-large", "The request's headers are too large.")),
            Map.entry(503, new Words("starting", "The council is starting; try again in a moment.")));

    public static Words forStatus(int status) {
        return BY_STATUS.getOrDefault(status, status >= 500
                ? new Words("internal-error", "Something went wrong on our side; retry, or tell the secretariat if it goes on.")
                : new Words("bad-request", "The request is not well formed."));
    }

    public static URI type(String slug) {
        return URI.create("urn:peace-council:problem:" + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }
}
