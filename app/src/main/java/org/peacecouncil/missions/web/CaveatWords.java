package org.peacecouncil.missions.web;

import org.peacecouncil.missions.MissionCommands;

/** A national caveat as a reader says it, for the pages and the CSV. */
final class CaveatWords {

    private CaveatWords() {
    }

    static String of(MissionCommands.Caveat c) {
        String said;
        switch (c.kind()) {
            case TASK_EXCLUDED -> said = "excludes " + c.task();
            case FIXED_SITES_ONLY -> said = "guarding of fixed sites only";
            case AREA_LIMIT -> said = "only in " + c.area();
            case TIME_LIMIT -> said = "only until " + c.until();
            default -> said = c.text();
        }
        return c.text() == null || c.text().equals(said) ? said : said + ": " + c.text();
    }
}
