package org.peacecouncil.decisions;

/** An alternate waits for the approval of the office the charter names before the delegation counts as present. */
public enum AttendanceStatus {
    PRESENT, AWAITING_APPROVAL, NOT_APPROVED
}
