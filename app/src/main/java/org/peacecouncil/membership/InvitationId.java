package org.peacecouncil.membership;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.CouncilProblem;

/** An invitation, by the id it was issued with. */
@Schema(type = "string")
public record InvitationId(@JsonValue String value) {

    public InvitationId {
        if (value == null || value.isBlank()) {
            throw new CouncilProblem.NotFound("There is no invitation with a blank id."); // a blank path segment names nothing
        }
    }

    /** As a request gives it: a blank id is none. */
    @JsonCreator
    public static InvitationId given(String value) {
        return value == null || value.isBlank() ? null : new InvitationId(value);
    }

    static InvitationId next() {
        return new InvitationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
