package org.peacecouncil.missions;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.CouncilProblem;

/** A offer, by the id it was recorded under. */
@Schema(type = "string")
public record OfferId(@JsonValue String value) {

    public OfferId {
        if (value == null || value.isBlank()) {
            throw new CouncilProblem.NotFound("There is no offer with a blank id."); // a blank path segment names nothing
        }
    }

    /** As a request gives it: a blank id is none. */
    @JsonCreator
    public static OfferId given(String value) {
        return value == null || value.isBlank() ? null : new OfferId(value);
    }

    static OfferId next() {
        return new OfferId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
