package org.peacecouncil.membership.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.peacecouncil.membership.Views;
import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.StateCode;

/**
 * A to-do list: a delegation's own invitation and the removals open to its veto, and what every other module says
 * awaits it; or what awaits an office.
 */
record ToDo(AwaitingWork.Item item, String remaining) {

    static List<ToDo> of(Views.Invitation invitation, List<Views.Removal> removals, List<AwaitingWork> modules, StateCode state, Instant now) {
        var items = new ArrayList<AwaitingWork.Item>();
        if (invitation != null) {
            items.add(new AwaitingWork.Item("Invitation", "Invitation to join the council", "Only your delegation can consent or decline.",
                    "/workspace#pending-invitation", startOf(invitation.invitedOn()), endOf(invitation.lapsesOn())));
        }
        for (var removal : removals) {
            items.add(new AwaitingWork.Item("Removal open to your veto", "Removal of " + removal.name(), removal.reason(),
                    "/workspace#removal-" + removal.id(), startOf(removal.proposedOn()), removal.vetoEndsOn() == null ? null : endOf(removal.vetoEndsOn())));
        }
        modules.forEach(m -> items.addAll(m.forDelegation(state, now)));
        return newestFirst(items, now);
    }

    /** What awaits an office ("CHAIR", "SECRETARIAT"), as every module says. */
    static List<ToDo> ofOffice(String office, List<AwaitingWork> modules, Instant now) {
        var items = new ArrayList<AwaitingWork.Item>();
        modules.forEach(m -> items.addAll(m.forOffice(office, now)));
        return newestFirst(items, now);
    }

    private static List<ToDo> newestFirst(List<AwaitingWork.Item> items, Instant now) {
        return items.stream().sorted(Comparator.comparing(AwaitingWork.Item::since, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(i -> new ToDo(i, remaining(i.deadline(), now))).toList();
    }

    /** "closes in 1 h 5 min", "closes in 3 days", or null without a deadline. */
    static String remaining(Instant deadline, Instant now) {
        if (deadline == null) {
            return null;
        }
        var left = Duration.between(now, deadline);
        if (left.isNegative() || left.isZero()) {
            return "deadline passed";
        }
        if (left.toDays() >= 2) {
            return "closes in " + left.toDays() + " days";
        }
        long hours = left.toHours();
        long minutes = left.toMinutesPart() + (left.toSecondsPart() > 0 ? 1 : 0);
        if (minutes == 60) {
            hours++;
            minutes = 0;
        }
        if (hours > 0 && minutes == 0) {
            return "closes in " + hours + " h";
        }
        return "closes in " + (hours > 0 ? hours + " h " : "") + minutes + " min";
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
