package org.peacecouncil.decisions;

public enum MeetingStatus {
    CALLED, IN_SESSION, ADJOURNED
}
