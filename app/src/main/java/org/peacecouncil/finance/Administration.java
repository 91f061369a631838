package org.peacecouncil.finance;

/** Who holds a fund's money: the council itself, a UN agency, or the givers bilaterally. */
public enum Administration {
    COUNCIL, UN_AGENCY, BILATERAL
}
