package org.peacecouncil.decisions;

public enum ElectionStatus {
    NOMINATING, VOTING, BETWEEN_ROUNDS, ELECTED
}
