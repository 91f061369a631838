package org.peacecouncil.charter;

import java.util.List;
import java.util.Optional;

import org.peacecouncil.platform.Money;

/**
 * How a state becomes, stays and stops being a member.
 *
 * @param invitedBy                 who invites states (consent is always the state's own)
 * @param invitationLapsesAfterDays an unanswered invitation lapses after this many days
 * @param consentsForEntryIntoForce the charter enters into force on the day this many states have consented
 * @param term                      the term of membership, empty when membership does not expire
 * @param permanent                 how a member becomes permanent, empty when none can
 * @param removal                   how a member can be removed, empty when none can
 */
public record MembershipRules(Office invitedBy, int invitationLapsesAfterDays, int consentsForEntryIntoForce,
        Optional<Term> term, Optional<Permanence> permanent, Optional<Removal> removal) {

    /** Where a term is counted from. */
    public enum TermStart {
        /** every member's term runs from the charter's entry into force */
        ENTRY_INTO_FORCE,
        /** each member's term runs from the day its membership began */
        MEMBERSHIP
    }

    /**
     * A term of {@code years}, counted from {@code from}, renewable by {@code renewedBy} ({@code NONE}: not renewable)
     * within the last {@code renewableWithinDays} days of the term, for one more term after it; {@code renewalDefaulted}
     * when the charter file does not state that window.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "TermRule")
    public record Term(int years, TermStart from, Office renewedBy, int renewableWithinDays, boolean renewalDefaulted) {

        /** The window a charter file that states none gets: a term is renewed in its last year, so renewals cannot pile up. */
        public static final int DEFAULT_RENEWABLE_WITHIN_DAYS = 365;
    }

    /**
     * Permanent membership: either named states ({@code members}), or members whose cash contributions received
     * within {@code withinYears} of entry into force are strictly more than {@code threshold}.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PermanenceRule")
    public record Permanence(List<String> members, Optional<Money> threshold, boolean cashOnly, int withinYears) {
    }

    /** Removal by {@code by}, which does not take effect if {@code vetoFraction} of member states veto it within the window. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RemovalRule")
    public record Removal(Office by, Fraction vetoFraction, int vetoWindowDays) {
    }
}
