package org.peacecouncil.missions;

/** The kinds of national caveat a state attaches to an offer: the restrictions on how its personnel may be used. */
public enum CaveatKind {
    /** a task its personnel will not do, e.g. "combat operations"; conflicts with the mandate if the mandate lists it */
    TASK_EXCLUDED,
    /** guarding of fixed sites only */
    FIXED_SITES_ONLY,
    /** only in the area named */
    AREA_LIMIT,
    /** only until the date named */
    TIME_LIMIT,
    /** any other restriction, in words */
    OTHER
}
