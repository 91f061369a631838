package org.peacecouncil.charter;

import java.util.Set;

/**
 * Who manages the council's money: the office that opens funds and adds their projects. Receipts, disbursements and
 * exchange rates are the secretariat's records of what the fund holds, and a state's pledges and commitments are its
 * own delegation's: neither is the charter's to assign.
 *
 * @param fundsOpenedBy the office that opens funds and adds projects to them
 * @param defaulted     the fields the charter file does not state, so that their default applies
 */
public record FinanceRules(Office fundsOpenedBy, Set<String> defaulted) {

    public static FinanceRules defaults() {
        return new FinanceRules(Office.SECRETARIAT, Set.of("fundsOpenedBy"));
    }
}
