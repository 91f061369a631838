package org.peacecouncil.membership.rules;

import java.util.Set;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.Fraction;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.RemovalStatus;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * A removal is vetoed by member states, each by its own delegation, once each, while the veto window is open; it
 * fails once the charter's fraction of member states has vetoed it, and otherwise takes effect when the window closes.
 */
public final class VetoPolicy {

    /** What the record says: the removal's status, who has vetoed, whether the delegate's state is a member now. */
    public record Removal(RemovalStatus status, Set<String> vetoes, boolean actorsStateIsMember) {
    }

    private VetoPolicy() {
    }

    /** Whether the charter provides for removal (and so for vetoes) at all. */
    public static Ruling provided(Charter charter) {
        return charter.membership().removal().isPresent() ? Ruling.allowed()
                : Ruling.ruleViolation("no-removal", "This charter does not provide for removal.");
    }

    public static Ruling ruling(Actor actor, Removal removal, Charter charter) {
        var provided = provided(charter);
        if (!provided.isAllowed()) {
            return provided;
        }
        if (!actor.isDelegate()) {
            return Ruling.notPermitted("delegates-only", "Only a member state's delegation can veto a removal.");
        }
        if (!removal.actorsStateIsMember()) {
            return Ruling.notPermitted("not-a-member-state", Countries.name(actor.state()) + " is not a member state and cannot veto.");
        }
        if (removal.status() != RemovalStatus.OPEN) {
            return Ruling.ruleViolation("removal-closed", "This removal is " + removal.status().name().toLowerCase()
                    + "; the veto window is closed.");
        }
        if (removal.vetoes().contains(actor.state())) {
            return Ruling.ruleViolation("already-vetoed", Countries.name(actor.state()) + " has already vetoed this removal.");
        }
        return Ruling.allowed();
    }

    /** True once {@code vetoes} of {@code memberStates} reach the charter's fraction: the removal fails. */
    public static boolean blocks(int vetoes, int memberStates, Fraction vetoFraction) {
        return vetoFraction.reachedBy(vetoes, memberStates);
    }
}
