package org.peacecouncil.decisions;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.CouncilProblem;

/** A motion, by the id it was recorded under. */
@Schema(type = "string")
public record MotionId(@JsonValue String value) {

    public MotionId {
        if (value == null || value.isBlank()) {
            throw new CouncilProblem.NotFound("There is no motion with a blank id."); // a blank path segment names nothing
        }
    }

    /** As a request gives it: a blank id is none. */
    @JsonCreator
    public static MotionId given(String value) {
        return value == null || value.isBlank() ? null : new MotionId(value);
    }

    static MotionId next() {
        return new MotionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
