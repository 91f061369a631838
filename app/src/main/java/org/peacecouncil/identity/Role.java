package org.peacecouncil.identity;

/** What an account may do for the council. */
public enum Role {
    /** the council's chair (the Chairman under the Board of Peace charter) */
    CHAIR,
    /** a secretariat officer: runs meetings and records, commits no state */
    SECRETARIAT,
    /** a member of one state's delegation: the only one who can commit that state */
    DELEGATE
}
