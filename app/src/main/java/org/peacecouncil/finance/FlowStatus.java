package org.peacecouncil.finance;

/**
 * Whether a flow counts: CONFIRMED by the state's own delegation (or recorded by the fund, for receipts and
 * disbursements); UNCONFIRMED while an entry made on a state's behalf awaits its delegation; WITHDRAWN, counting
 * nowhere, kept on the record.
 */
public enum FlowStatus {
    CONFIRMED, UNCONFIRMED, WITHDRAWN;

    /** The problem slug of an act that finds a flow in this status: {@code flow-withdrawn}. */
    public String slug() {
        return "flow-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
