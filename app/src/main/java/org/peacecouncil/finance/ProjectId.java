package org.peacecouncil.finance;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.CouncilProblem;

/** A project, by the id it was recorded under. */
@Schema(type = "string")
public record ProjectId(@JsonValue String value) {

    public ProjectId {
        if (value == null || value.isBlank()) {
            throw new CouncilProblem.NotFound("There is no project with a blank id."); // a blank path segment names nothing
        }
    }

    /** As a request gives it: a blank id is none. */
    @JsonCreator
    public static ProjectId given(String value) {
        return value == null || value.isBlank() ? null : new ProjectId(value);
    }

    static ProjectId next() {
        return new ProjectId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
