package org.peacecouncil.membership.rules;

import java.time.LocalDate;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.Office;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * A term is renewed by the office the charter names, where the charter has terms and allows renewal, for a
 * current member that is not permanent and whose first term has begun.
 */
public final class RenewalPolicy {

    /** What the record says of the state: a current member, permanent, and its term's last day (null before it begins). */
    public record Member(boolean current, boolean permanent, LocalDate termEnds) {
    }

    private RenewalPolicy() {
    }

    public static Ruling ruling(Actor actor, String state, Member member, Charter charter) {
        var term = charter.membership().term();
        if (term.isEmpty()) {
            return Ruling.ruleViolation("no-terms", "Membership under this charter has no term to renew.");
        }
        if (term.get().renewedBy() == Office.NONE) {
            return Ruling.ruleViolation("not-renewable", "This charter does not allow terms to be renewed.");
        }
        if (!actor.holds(term.get().renewedBy())) {
            return Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(term.get().renewedBy())
                    + " may renew terms.");
        }
        if (!member.current()) {
            return Ruling.ruleViolation("not-a-member", Countries.name(state) + " is not a member.");
        }
        if (member.permanent()) {
            return Ruling.ruleViolation("permanent-member", Countries.name(state) + " is a permanent member; its membership has no term.");
        }
        if (member.termEnds() == null) {
            return Ruling.ruleViolation("no-term-yet", "The term begins when the charter enters into force.");
        }
        return Ruling.allowed();
    }

    /** The last day of the renewed term: one more term after the current one. */
    public static LocalDate renewedUntil(LocalDate termEnds, Charter charter) {
        return termEnds.plusYears(charter.membership().term().orElseThrow().years());
    }
}
