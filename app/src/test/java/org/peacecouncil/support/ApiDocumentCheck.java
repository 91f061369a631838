package org.peacecouncil.support;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;

/**
 * Holds real requests and answers against the application's own OpenAPI document ({@code /v3/api-docs}) with a
 * maintained validator (Atlassian's swagger-request-validator): paths, methods, parameters, request bodies, statuses,
 * content types and answer bodies must all be as documented.
 */
public final class ApiDocumentCheck {

    private final OpenApiInteractionValidator validator;

    public ApiDocumentCheck(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    /** What the document does not say of these exchanges, one line each; empty when all is as documented. */
    public List<String> disagreements(List<Api.Exchange> exchanges) {
        var found = new ArrayList<String>();
        for (var exchange : exchanges) {
            if (!exchange.pathAndQuery().startsWith("/api/")) {
                continue;
            }
            String path = exchange.pathAndQuery();
            String query = null;
            int q = path.indexOf('?');
            if (q >= 0) {
                query = path.substring(q + 1);
                path = path.substring(0, q);
            }
            var request = new SimpleRequest.Builder(Request.Method.valueOf(exchange.method()), path);
            if (query != null) {
                for (String pair : query.split("&")) {
                    String[] kv = pair.split("=", 2);
                    request.withQueryParam(kv[0], kv.length > 1 ? kv[1] : ""); // as sent: the types are what is checked
                }
            }
            if (exchange.requestBody() != null) {
                request.withBody(exchange.requestBody()).withContentType(exchange.requestContentType());
            }
            var answer = exchange.response();
            var response = SimpleResponse.Builder.status(answer.status());
            if (answer.contentType() != null) {
                response.withContentType(answer.contentType());
            }
            if (answer.body() != null && !answer.body().isEmpty()) {
                response.withBody(answer.body());
            }
            // A refusal answers a request the document does not allow (that is what is refused): only the answer is checked.
            var report = answer.status() >= 400
                    ? validator.validateResponse(path, Request.Method.valueOf(exchange.method()), response.build())
                    : validator.validate(request.build(), response.build());
            for (var message : report.getMessages()) {
                boolean noSuchOperation = message.getKey().equals("validation.request.path.missing")
                        || message.getKey().equals("validation.request.operation.notAllowed");
                if (message.getKey().equals("validation.request.body.unexpected")) {
                    continue; // a body sent where none is taken is ignored, as the document lets it be
                }
                if (message.getLevel() == com.atlassian.oai.validator.report.ValidationReport.Level.ERROR
                        && !(noSuchOperation && answer.status() >= 400)) {
                    found.add(exchange.method() + " " + exchange.pathAndQuery() + " -> " + answer.status() + ": " + message.getKey()
                            + " " + message.getMessage());
                }
            }
        }
        return found;
    }
}
