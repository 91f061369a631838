package org.peacecouncil.membership;

import java.time.LocalDate;
import java.util.Set;

import org.peacecouncil.charter.Fraction;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.rules.VetoPolicy;
import org.peacecouncil.platform.StateCode;

/**
 * A proposed removal of a member: OPEN during its veto window, then VETOED (as soon as the charter's fraction of
 * member states has vetoed it), REMOVED (the window closed unblocked) or LAPSED (the state left first). It keeps the
 * number of member states it was decided against. It guards its own transitions: only an open removal is decided.
 * {@code memberStates} is null while it is open.
 */
record Removal(RemovalId id, StateCode state, RemovalStatus status, String reason, LocalDate proposedOn, LocalDate vetoEndsOn,
        String proposedBy, LocalDate decidedOn, Integer memberStates) {

    /** Proposed today by {@code by}; member states may veto it for {@code windowDays} days counting today. */
    static Removal propose(StateCode state, String reason, LocalDate today, int windowDays, String by) {
        return new Removal(RemovalId.next(), state, RemovalStatus.OPEN, reason, today, today.plusDays(windowDays - 1L), by, null, null);
    }

    /** Asks whether {@code actor}'s delegation may veto it now, given the vetoes cast so far. */
    void vetoBy(Actor actor, Set<String> vetoes, boolean actorsStateIsMember, org.peacecouncil.charter.Charter charter) {
        VetoPolicy.ruling(actor, new VetoPolicy.Removal(status, vetoes, actorsStateIsMember), charter).orRefuse();
    }

    /** True when it is open and its veto window closed before {@code day}. */
    boolean windowClosedBy(LocalDate day) {
        return status == RemovalStatus.OPEN && vetoEndsOn.isBefore(day);
    }

    /** How it is decided once its window has closed: vetoed by the charter's fraction of member states, or not. */
    static RemovalStatus outcome(int vetoes, int memberStates, Fraction vetoFraction) {
        return VetoPolicy.blocks(vetoes, memberStates, vetoFraction) ? RemovalStatus.VETOED : RemovalStatus.REMOVED;
    }

    /** Decided by the vetoes cast when its window closed, the day after its last day. */
    Removal decidedAfterWindow(int vetoes, int memberStates, Fraction vetoFraction) {
        return decided(outcome(vetoes, memberStates, vetoFraction), vetoEndsOn.plusDays(1), memberStates);
    }

    /** Decided {@code on} that day against {@code memberStates} member states. */
    Removal decided(RemovalStatus to, LocalDate on, int memberStates) {
        if (status != RemovalStatus.OPEN || to == RemovalStatus.OPEN) {
            throw new IllegalStateException("only an open removal is decided, once (it is " + status + ")");
        }
        return new Removal(id, state, to, reason, proposedOn, vetoEndsOn, proposedBy, on, memberStates);
    }
}
