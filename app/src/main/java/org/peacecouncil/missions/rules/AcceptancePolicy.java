package org.peacecouncil.missions.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peacecouncil.missions.CaveatKind;
import org.peacecouncil.missions.MissionCommands;
import org.peacecouncil.platform.Ruling;

/**
 * An offer is accepted against the mandate in force: each caveat that excludes a task the mandate lists is a
 * conflict, and an offer with conflicts is accepted only when the office acknowledges them, so that the record says
 * the mission took the offer knowing what its personnel will not do.
 */
public final class AcceptancePolicy {

    private AcceptancePolicy() {
    }

    /** The mandated tasks the caveats exclude, in the mandate's words. */
    public static List<String> conflicts(List<MissionCommands.Caveat> caveats, List<String> mandatedTasks) {
        var conflicts = new ArrayList<String>();
        for (var caveat : caveats) {
            if (caveat.kind() != CaveatKind.TASK_EXCLUDED) {
                continue;
            }
            String excluded = normal(caveat.task());
            for (String task : mandatedTasks) {
                String mandated = normal(task);
                if ((mandated.contains(excluded) || excluded.contains(mandated)) && !conflicts.contains(task)) {
                    conflicts.add(task);
                }
            }
        }
        return List.copyOf(conflicts);
    }

    public static Ruling ruling(List<String> conflicts, boolean acknowledged) {
        if (conflicts.isEmpty() || acknowledged) {
            return Ruling.allowed();
        }
        return Ruling.ruleViolation("caveat-conflict", "The offer's caveats exclude mandated task" + (conflicts.size() == 1 ? "" : "s")
                + ": " + String.join("; ", conflicts) + ". Accept it only with acknowledgeConflicts, so the record says so.");
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
