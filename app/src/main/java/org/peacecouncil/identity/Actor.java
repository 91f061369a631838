package org.peacecouncil.identity;

import java.util.Objects;

/**
 * Who is asking: an account with its role and, for a delegate, the state it acts for; or an anonymous public
 * reader. Modules decide permissions from this value, never from raw security objects.
 */
public record Actor(String username, Role role, String state) {

    public static final Actor ANONYMOUS = new Actor("anonymous", null, null);

    public Actor {
        Objects.requireNonNull(username);
        if ((role == Role.DELEGATE) != (state != null)) {
            throw new IllegalArgumentException("a delegate, and only a delegate, acts for a state");
        }
    }

    public static Actor chair(String username) {
        return new Actor(username, Role.CHAIR, null);
    }

    public static Actor secretariat(String username) {
        return new Actor(username, Role.SECRETARIAT, null);
    }

    public static Actor delegateOf(String state, String username) {
        return new Actor(username, Role.DELEGATE, state);
    }

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    public boolean isDelegateOf(String alpha3) {
        return role == Role.DELEGATE && state.equals(alpha3);
    }

    public boolean isDelegate() {
        return role == Role.DELEGATE;
    }

    /** True when this actor holds the office the charter names (never for {@code NONE}). */
    public boolean holds(org.peacecouncil.charter.Office office) {
        return switch (office) {
            case CHAIR -> role == Role.CHAIR;
            case SECRETARIAT -> role == Role.SECRETARIAT;
            case NONE -> false;
        };
    }

    /** How the record names this actor, e.g. {@code delegate-aze (DELEGATE of AZE)}. */
    public String describe() {
        if (isAnonymous()) {
            return "anonymous";
        }
        return username + " (" + role + (state == null ? "" : " of " + state) + ")";
    }
}
