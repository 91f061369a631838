package org.peacecouncil.finance;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.CouncilProblem;

/** A flow, by the id it was recorded under. */
@Schema(type = "string")
public record FlowId(@JsonValue String value) {

    public FlowId {
        if (value == null || value.isBlank()) {
            throw new CouncilProblem.NotFound("There is no flow with a blank id."); // a blank path segment names nothing
        }
    }

    /** As a request gives it: a blank id is none. */
    @JsonCreator
    public static FlowId given(String value) {
        return value == null || value.isBlank() ? null : new FlowId(value);
    }

    static FlowId next() {
        return new FlowId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
