package org.peacecouncil.decisions;

/** A voting meeting decides motions and holds elections; a consultative one only deliberates. */
public enum MeetingKind {
    VOTING, CONSULTATIVE
}
