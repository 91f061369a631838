package org.peacecouncil.identity;

/** A person's account, without its secret. */
public record Account(String username, Role role, String state, String displayName, boolean mustChangePassword) {

    public Actor actor() {
        return new Actor(username, role, state);
    }
}
