package org.peacecouncil.missions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;

/**
 * A state's offer of personnel to a mission, against the mandate version it names. What was offered — numbers,
 * units, readiness, caveats — never changes; only its status does, and the offer refuses every transition that is
 * not its own: only an unconfirmed entry is confirmed, only an offer the state made is accepted, and nothing comes
 * back from WITHDRAWN.
 */
public record Offer(OfferId id, long seq, MissionId mission, StateCode state, OfferStatus status, int mandateVersion,
        Map<PersonnelType, Integer> personnel, List<String> units, Readiness readiness, List<MissionCommands.Caveat> caveats,
        String notes, String document, String recordedBy, Instant recordedAt, Instant offeredAt, Instant acceptedAt,
        Instant withdrawnAt, List<String> conflicts, String acceptanceNote) {

    /** Counted as the state's offer: its own, or confirmed by it. */
    public boolean isTheStatesOwn() {
        return status == OfferStatus.OFFERED || status == OfferStatus.ACCEPTED;
    }

    Offer confirmed(Instant at) {
        if (status != OfferStatus.UNCONFIRMED) {
            throw new CouncilProblem.RuleViolation(status.slug(), "Only an offer entered on a state's behalf is confirmed; this one is "
                    + status + ".");
        }
        return with(OfferStatus.OFFERED, at, acceptedAt, withdrawnAt, conflicts, acceptanceNote);
    }

    Offer accepted(List<String> acknowledgedConflicts, String note, Instant at) {
        if (status != OfferStatus.OFFERED) {
            throw new CouncilProblem.RuleViolation(status.slug(), status == OfferStatus.UNCONFIRMED
                    ? "This offer was entered on the state's behalf and its delegation has not confirmed it: it cannot be accepted."
                    : "Only an offer the state has made can be accepted; this one is " + status + ".");
        }
        return with(OfferStatus.ACCEPTED, offeredAt, at, withdrawnAt, List.copyOf(acknowledgedConflicts), note);
    }

    Offer withdrawn(Instant at) {
        if (status == OfferStatus.WITHDRAWN) {
            throw new CouncilProblem.RuleViolation(status.slug(), "This offer is already withdrawn.");
        }
        return with(OfferStatus.WITHDRAWN, offeredAt, acceptedAt, at, conflicts, acceptanceNote);
    }

    private Offer with(OfferStatus next, Instant offered, Instant accepted, Instant withdrawn, List<String> conflicts, String note) {
        return new Offer(id, seq, mission, state, next, mandateVersion, personnel, units, readiness, caveats, notes, document,
                recordedBy, recordedAt, offered, accepted, withdrawn, conflicts, note);
    }
}
