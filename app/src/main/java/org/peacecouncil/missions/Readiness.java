package org.peacecouncil.missions;

/** How ready an offered unit is, after the UN's Peacekeeping Capability Readiness System (PCRS) levels. */
public enum Readiness {
    /** level 1: registered, not yet assessed */
    REGISTERED,
    /** level 2: assessed by the mission's office */
    ASSESSED,
    /** level 3: ready to deploy */
    READY,
    /** ready to deploy within the rapid-deployment window */
    RAPID_DEPLOYMENT
}
