package org.peacecouncil.membership;

/** Where a state that has consented stands now. */
public enum MemberStatus {
    MEMBER, EXPIRED, WITHDRAWN, REMOVED
}
