package org.peacecouncil.membership;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.CouncilProblem;

/** A proposed removal, by the id it was proposed under. */
@Schema(type = "string")
public record RemovalId(@JsonValue String value) {

    public RemovalId {
        if (value == null || value.isBlank()) {
            throw new CouncilProblem.NotFound("There is no removal with a blank id."); // a blank path segment names nothing
        }
    }

    /** As a request gives it: a blank id is none. */
    @JsonCreator
    public static RemovalId given(String value) {
        return value == null || value.isBlank() ? null : new RemovalId(value);
    }

    static RemovalId next() {
        return new RemovalId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
