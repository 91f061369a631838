package org.peacecouncil.missions;

/** Personnel as UN force generation counts it. */
public enum PersonnelType {
    TROOPS, POLICE, STAFF_OFFICERS, MILITARY_OBSERVERS, CIVILIANS
}
