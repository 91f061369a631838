package org.peacecouncil.missions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a mandate's reports fall due: every {@code months} from its start, up to its end. A mandate without an end
 * has reports due as long as it runs, so its list is cut at the first date after {@code horizon}.
 */
public record ReportingCycle(LocalDate start, LocalDate end, int months) {

    /** Enough for a mandate of fifty years at one report a month; a cycle never lists more. */
    static final int MOST_REPORTS = 600;

    public static ReportingCycle of(MissionCommands.MandateTerms terms) {
        return new ReportingCycle(terms.start(), terms.end(), terms.reportingMonths());
    }

    /** The due dates, oldest first: all of them up to the end, or up to the first after {@code horizon} when there is none. */
    public List<LocalDate> dueDates(LocalDate horizon) {
        var dates = new ArrayList<LocalDate>();
        for (int k = 1; k <= MOST_REPORTS; k++) {
            var due = start.plusMonths((long) k * months);
            if (end != null && due.isAfter(end)) {
                break;
            }
            dates.add(due);
            if (end == null && due.isAfter(horizon)) {
                break;
            }
        }
        return List.copyOf(dates);
    }

    public boolean isDueOn(LocalDate day, LocalDate horizon) {
        return dueDates(day.isAfter(horizon) ? day : horizon).contains(day);
    }
}
