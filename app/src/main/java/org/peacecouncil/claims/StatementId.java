package org.peacecouncil.claims;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.CouncilProblem;

/** A statement, by the id it was recorded under. */
@Schema(type = "string")
public record StatementId(@JsonValue String value) {

    public StatementId {
        if (value == null || value.isBlank()) {
            throw new CouncilProblem.NotFound("There is no statement with a blank id.");
        }
    }

    @JsonCreator
    public static StatementId given(String value) {
        return value == null || value.isBlank() ? null : new StatementId(value);
    }

    static StatementId next() {
        return new StatementId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
