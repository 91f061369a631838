package org.peacecouncil.membership.rules;

import java.time.LocalDate;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.Office;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * A term is renewed by the office the charter names, where the charter has terms and allows renewal, for a
 * current member that is not permanent and whose first term has begun, within the last days of its term that the
 * charter allows (so renewals cannot pile term upon term): one more term after the current one.
 */
public final class RenewalPolicy {

    /** What the record says of the state: a current member, permanent, and its term's last day (null before it begins). */
    public record Member(boolean current, boolean permanent, LocalDate termEnds) {
    }

    private RenewalPolicy() {
    }

    /** {@code today}: the day of the renewal. */
    public static Ruling ruling(Actor actor, String state, Member member, LocalDate today, Charter charter) {
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
        LocalDate opens = member.termEnds().minusDays(term.get().renewableWithinDays() - 1L);
        if (today.isBefore(opens)) {
            return Ruling.ruleViolation("renewal-too-early", Countries.name(state) + "'s term ends on " + member.termEnds()
                    + "; under this charter it can be renewed from " + opens + ", in its last " + term.get().renewableWithinDays() + " days.");
        }
        return Ruling.allowed();
    }

    /** The last day of the renewed term: one more term after the current one. */
    public static LocalDate renewedUntil(LocalDate termEnds, Charter charter) {
        return termEnds.plusYears(charter.membership().term().orElseThrow().years());
    }
}
