package org.peacecouncil.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/** A delegation's own invitation, and the removals of other members open to its veto. */
@Component
class AwaitingMembership implements AwaitingWork {

    private final MemberRecords records;

    AwaitingMembership(MemberRecords records) {
        this.records = records;
    }

    @Override
    public List<Item> forDelegation(StateCode state, Instant now) {
        var items = new ArrayList<Item>();
        records.pendingInvitationOf(state).ifPresent(invitation -> items.add(new Item("Invitation", "Invitation to join the council",
                "Only your delegation can consent or decline.", "/workspace#pending-invitation", startOf(invitation.invitedOn()),
                endOf(invitation.lapsesOn()))));
        if (records.isMember(state)) {
            for (var removal : records.removals(RemovalStatus.OPEN)) {
                if (!removal.vetoes().contains(state.alpha3())) {
                    items.add(new Item("Removal open to your veto", "Removal of " + removal.name(), removal.reason(),
                            "/workspace#removal-" + removal.id(), startOf(removal.proposedOn()),
                            removal.vetoEndsOn() == null ? null : endOf(removal.vetoEndsOn())));
                }
            }
        }
        return items;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
