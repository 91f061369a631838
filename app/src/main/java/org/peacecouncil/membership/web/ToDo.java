package org.peacecouncil.membership.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.StateCode;

/** A to-do list: what every module says awaits a delegation, or an office, newest first. */
record ToDo(AwaitingWork.Item item, String remaining) {

    /** What every module says awaits the state's delegation. */
    static List<ToDo> of(List<AwaitingWork> modules, StateCode state, Instant now) {
        var items = new ArrayList<AwaitingWork.Item>();
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
}
