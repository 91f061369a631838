package org.peacecouncil.finance;

/** Which way a project's money goes: through the council's fund, through a UN agency, or bilaterally. */
public enum Channel {
    THROUGH_COUNCIL, UN_AGENCY, BILATERAL
}
