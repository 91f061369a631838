package org.peacecouncil.charter;

/** Who acts for the council in a given matter. */
public enum Office {
    CHAIR, SECRETARIAT, NONE
}
