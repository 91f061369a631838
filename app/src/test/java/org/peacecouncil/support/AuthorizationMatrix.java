package org.peacecouncil.support;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * What every authorization matrix shares: the five kinds of caller, the answer an endpoint open to one of them gives
 * the others, and the cases — each endpoint by each caller.
 */
public final class AuthorizationMatrix {

    public enum Who {
        ANONYMOUS, OTHER_STATES_DELEGATE, OWN_DELEGATE, SECRETARIAT, CHAIR
    }

    private AuthorizationMatrix() {
    }

    /** {@code allowed} is answered {@code status}; anonymous callers 401; everyone else 403. */
    public static Map<Who, Integer> only(Who allowed, int status) {
        var expected = new EnumMap<Who, Integer>(Who.class);
        expected.put(Who.ANONYMOUS, 401);
        for (Who who : List.of(Who.OTHER_STATES_DELEGATE, Who.OWN_DELEGATE, Who.SECRETARIAT, Who.CHAIR)) {
            expected.put(who, who == allowed ? status : 403);
        }
        return expected;
    }

    /** Every endpoint by every kind of caller. */
    public static Stream<Arguments> cases(List<?> endpoints) {
        var cases = new ArrayList<Arguments>();
        for (Object endpoint : endpoints) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who));
            }
        }
        return cases.stream();
    }
}
