package org.peacecouncil.claims;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.CouncilProblem;

/** A clarification, by the id it was recorded under. */
@Schema(type = "string")
public record ClarificationId(@JsonValue String value) {

    public ClarificationId {
        if (value == null || value.isBlank()) {
            throw new CouncilProblem.NotFound("There is no clarification with a blank id.");
        }
    }

    @JsonCreator
    public static ClarificationId given(String value) {
        return value == null || value.isBlank() ? null : new ClarificationId(value);
    }

    static ClarificationId next() {
        return new ClarificationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
