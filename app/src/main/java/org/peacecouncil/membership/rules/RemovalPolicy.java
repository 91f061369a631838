package org.peacecouncil.membership.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/** A removal is proposed by the office the charter names, of a current member with no removal open, for a stated reason. */
public final class RemovalPolicy {

    /** What the record says of the state. */
    public record Member(boolean current, boolean removalOpen) {
    }

    private RemovalPolicy() {
    }

    public static Ruling ruling(Actor actor, String state, Member member, String reason, Charter charter) {
        var removal = charter.membership().removal();
        if (removal.isEmpty()) {
            return Ruling.ruleViolation("no-removal", "This charter does not provide for removal.");
        }
        if (!actor.holds(removal.get().by())) {
            return Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(removal.get().by())
                    + " may propose a removal.");
        }
        if (!member.current()) {
            return Ruling.ruleViolation("not-a-member", Countries.name(state) + " is not a member.");
        }
        if (member.removalOpen()) {
            return Ruling.ruleViolation("removal-open", "A removal of " + Countries.name(state) + " is already open.");
        }
        if (reason == null) {
            return Ruling.invalid("reason-required", "A removal needs a stated reason.");
        }
        return Ruling.allowed();
    }
}
