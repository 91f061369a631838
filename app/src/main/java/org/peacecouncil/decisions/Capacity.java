package org.peacecouncil.decisions;

/** In what capacity someone sits in a meeting. Observers never vote. */
public enum Capacity {
    HEAD_OF_STATE_OR_GOVERNMENT, ALTERNATE, OBSERVER
}
