package org.peacecouncil.membership;

public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, LAPSED
}
