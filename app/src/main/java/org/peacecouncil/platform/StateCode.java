package org.peacecouncil.platform;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A state, by its ISO 3166-1 alpha-3 code (XKX: Kosovo). One that exists is a known code in upper case, so code that
 * holds one never checks it again; an unknown code is refused where it enters ({@code unknown-country}).
 */
@Schema(type = "string", example = "AZE", description = "ISO 3166-1 alpha-3 code (XKX: Kosovo), in any case")
public record StateCode(String alpha3) implements Comparable<StateCode> {

    public StateCode {
        alpha3 = Countries.require(alpha3).alpha3();
    }

    /** The state with this code; an unknown code is refused ({@code unknown-country}). */
    public static StateCode of(String alpha3) {
        return new StateCode(alpha3);
    }

    /** As a request or a form gives it: a blank code is no state (null); a command record says whether it needs one. */
    @JsonCreator
    public static StateCode given(String alpha3) {
        return alpha3 == null || alpha3.isBlank() ? null : new StateCode(alpha3);
    }

    /** The state's English short name. */
    public String name() {
        return Countries.name(alpha3);
    }

    @Override
    public int compareTo(StateCode other) {
        return alpha3.compareTo(other.alpha3);
    }

    @JsonValue
    @Override
    public String toString() {
        return alpha3;
    }
}
