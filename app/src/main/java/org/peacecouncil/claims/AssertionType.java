package org.peacecouncil.claims;

/** What a statement can assert about a state that the records can check. */
public enum AssertionType {
    /** a member of the council */
    MEMBER,
    /** a founding member */
    FOUNDING_MEMBER,
    /** a contributor to a fund ({@code fund}), optionally of an amount, at a level (pledged, committed, received) */
    FUND_CONTRIBUTOR,
    /** a troop or police contributor to a mission ({@code mission}), optionally of a number of personnel */
    MISSION_CONTRIBUTOR,
    /** consented to take part in a mission ({@code mission}) */
    MISSION_CONSENT,
    /** voted {@code vote} on a motion ({@code motion}) */
    VOTED,
    /** present at a meeting ({@code meeting}) */
    PRESENT
}
