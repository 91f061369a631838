package org.peacecouncil.membership;

/** OPEN while the veto window runs; then VETOED (two-thirds or more vetoed) or REMOVED; LAPSED if the member left first. */
public enum RemovalStatus {
    OPEN, VETOED, REMOVED, LAPSED
}
