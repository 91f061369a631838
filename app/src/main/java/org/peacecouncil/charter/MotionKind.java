package org.peacecouncil.charter;

/** The kinds of motion a charter gives rules for. */
public enum MotionKind {
    BUDGET, SUBSIDIARY_ENTITY, APPOINTMENT, INITIATIVE, INTERNATIONAL_AGREEMENT, PROCEDURAL
}
