package org.peacecouncil.platform;

import java.lang.reflect.ParameterizedType;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The API document says what the API answers: a POST that creates something is documented 201 (it answers
 * {@code ResponseEntity.created}), an answer without a body 204, and every operation the problem+json refusals it can
 * give. Checked against real answers by every end-to-end specification ({@code CouncilTest}).
 */
@Configuration
class ApiResponsesDocumented {

    @Bean
    OperationCustomizer realStatusesAndProblems() {
        return (operation, handler) -> {
            success(operation, handler);
            problems(operation, handler);
            return operation;
        };
    }

    private static void success(Operation operation, HandlerMethod handler) {
        var returned = handler.getReturnType().getGenericParameterType();
        if (!(returned instanceof ParameterizedType type) || type.getRawType() != ResponseEntity.class
                || operation.getResponses() == null || !operation.getResponses().containsKey("200")) {
            return;
        }
        var ok = operation.getResponses().remove("200");
        if (type.getActualTypeArguments()[0] == Void.class) {
            operation.getResponses().addApiResponse("204", new ApiResponse().description("Done; nothing to answer"));
        } else if (handler.hasMethodAnnotation(PostMapping.class)) {
            operation.getResponses().addApiResponse("201", ok.description("Created (Location names it)"));
        } else {
            operation.getResponses().addApiResponse("200", ok);
        }
    }

    private static void problems(Operation operation, HandlerMethod handler) {
        boolean acts = !handler.hasMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class);
        if (!acts && !operation.getResponses().containsKey("304")) {
            operation.getResponses().addApiResponse("304", new ApiResponse()
                    .description("Not modified: the record has not changed since the ETag sent in If-None-Match"));
        }
        add(operation, "400", "The request is not well formed (bad input, an unknown field, a value out of range)");
        add(operation, "401", "Sign-in needed, or the credentials are wrong");
        add(operation, "403", "This account may not do this (or a one-time password, or a cross-site request)");
        add(operation, "404", "No such record");
        add(operation, "406", "Cannot answer in the type asked for");
        add(operation, "429", "Too many requests, sign-ins or streams; see Retry-After");
        add(operation, "503", "The council is starting");
        var conflict = handler.getMethodAnnotation(AnswersConflict.class);
        if (conflict != null) {
            add(operation, "409", conflict.value());
        }
        if (acts) {
            add(operation, "409", "The charter or the record does not allow this now");
            add(operation, "413", "The request body is too large");
            add(operation, "415", "The body is not JSON");
            add(operation, "422", "This Idempotency-Key was used for another request");
        }
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        var problem = new Schema<>().$ref("#/components/schemas/ProblemDetail");
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem))));
    }
}
