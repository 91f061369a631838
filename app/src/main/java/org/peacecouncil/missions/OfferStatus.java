package org.peacecouncil.missions;

/** Where an offer stands: entered on a state's behalf (counting nowhere), the state's own, accepted, or withdrawn. */
public enum OfferStatus {
    UNCONFIRMED, OFFERED, ACCEPTED, WITHDRAWN;

    /** The problem slug for acting on an offer in this status. */
    public String slug() {
        return "offer-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
