package org.peacecouncil.membership.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/** Only the office the charter names invites, and only a state that is neither a member nor already invited. */
public final class InvitingPolicy {

    /** What the record says of the state. */
    public record Standing(boolean member, boolean pendingInvitation) {
    }

    private InvitingPolicy() {
    }

    public static Ruling ruling(Actor actor, String state, Standing standing, Charter charter) {
        var office = charter.membership().invitedBy();
        if (!actor.holds(office)) {
            return Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(office)
                    + " may invite states.");
        }
        if (standing.member()) {
            return Ruling.ruleViolation("already-member", Countries.name(state) + " is already a member.");
        }
        if (standing.pendingInvitation()) {
            return Ruling.ruleViolation("already-invited", Countries.name(state) + " already has a pending invitation.");
        }
        return Ruling.allowed();
    }
}
