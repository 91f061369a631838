package org.peacecouncil.identity;

/** A person's account, without its secret; {@code active} until it is deactivated. */
public record Account(String username, Role role, String state, String displayName, boolean mustChangePassword, boolean active) {

    public Actor actor() {
        return new Actor(username, role, state);
    }
}
