package org.peacecouncil.finance;

/**
 * What a flow is, as OCHA FTS names it, with its IATI 2.03 transaction type code: a pledge is a state's non-binding
 * announcement, a commitment is backed by a signed agreement, PAID is what the fund received, a disbursement is what
 * it paid out to a project.
 */
public enum FlowKind {
    PLEDGE("13"), COMMITMENT("11"), PAID("1"), DISBURSEMENT("3");

    private final String iatiTransactionType;

    FlowKind(String iatiTransactionType) {
        this.iatiTransactionType = iatiTransactionType;
    }

    /** The IATI TransactionType codelist's code. */
    public String iatiTransactionType() {
        return iatiTransactionType;
    }

    /** A state's own word: a pledge or a commitment, which only its delegation gives or confirms. */
    public boolean isAStatesWord() {
        return this == PLEDGE || this == COMMITMENT;
    }
}
