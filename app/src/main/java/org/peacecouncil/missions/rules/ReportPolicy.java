package org.peacecouncil.missions.rules;

import java.time.LocalDate;

import org.peacecouncil.missions.ReportingCycle;
import org.peacecouncil.platform.Ruling;

/**
 * A mission's office files a report for a date its mandate's reporting cycle makes one due, once, and not as
 * submitted on a day still to come.
 */
public final class ReportPolicy {

    private ReportPolicy() {
    }

    public static Ruling ruling(ReportingCycle cycle, LocalDate dueOn, boolean alreadyFiled, LocalDate submittedOn, LocalDate today) {
        if (!cycle.isDueOn(dueOn, today)) {
            return Ruling.ruleViolation("not-a-report-date", "dueOn: the mandate's reporting cycle (every " + cycle.months()
                    + " months from " + cycle.start() + ") has no report due on " + dueOn + ".");
        }
        if (alreadyFiled) {
            return Ruling.ruleViolation("report-filed", "The report due on " + dueOn + " is already filed; a filing stays as made.");
        }
        if (submittedOn.isAfter(today)) {
            return Ruling.ruleViolation("submitted-later", "submittedOn: " + submittedOn + " is still to come; file a report once it is submitted.");
        }
        return Ruling.allowed();
    }
}
