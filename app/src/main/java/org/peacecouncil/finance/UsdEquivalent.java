package org.peacecouncil.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Money;

/** An amount in US dollars at a recorded rate (USD per unit), to the cent, half to even as the ledgers round. */
final class UsdEquivalent {

    private UsdEquivalent() {
    }

    /** USD cents for {@code amount}; a USD amount is itself. */
    static long of(Money amount, BigDecimal usdPerUnit) {
        if (amount.currency().equals("USD")) {
            return amount.minorUnits();
        }
        try {
            return amount.major().multiply(usdPerUnit).setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new CouncilProblem.InvalidRequest("bad-amount", "The amount in US dollars is larger than the council can record.");
        }
    }
}
