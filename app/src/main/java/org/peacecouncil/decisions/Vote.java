package org.peacecouncil.decisions;

/** A member state's ballot on a motion. */
public enum Vote {
    YES, NO, ABSTAIN
}
