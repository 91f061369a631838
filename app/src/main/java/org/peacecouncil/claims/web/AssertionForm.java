package org.peacecouncil.claims.web;

import java.util.Map;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.ContributionLevel;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.FormFields;
import org.peacecouncil.platform.Money;

/**
 * A typed assertion as the pages' forms give it — the check form, the statement and clarification forms alike: its
 * type, the fund, mission, motion or meeting it names ({@code subject}), and for a fund the level and an amount in
 * major units with its currency, for a mission the personnel, for a motion the vote. What the type does not take is
 * ignored; the assertion validates the rest.
 */
final class AssertionForm {

    private AssertionForm() {
    }

    static Assertion of(Map<String, String> form) {
        var type = FormFields.choice(AssertionType.class, form.get("assertion"), "assertion");
        String subject = given(form.get("subject"));
        boolean fund = type == AssertionType.FUND_CONTRIBUTOR;
        boolean mission = type == AssertionType.MISSION_CONSENT || type == AssertionType.MISSION_CONTRIBUTOR;
        boolean membership = type == AssertionType.MEMBER || type == AssertionType.FOUNDING_MEMBER;
        if (membership && subject != null) {
            throw new CouncilProblem.InvalidRequest("invalid-field", "subject: membership names no fund, mission, motion or meeting.");
        }
        Money amount = null;
        if (fund && given(form.get("amount")) != null) {
            String currency = given(form.get("currency")) == null ? "USD" : form.get("currency").strip().toUpperCase(java.util.Locale.ROOT);
            try {
                amount = Money.of(form.get("amount").strip().replace(",", ""), currency);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new CouncilProblem.InvalidRequest("invalid-field", "amount: a number in " + currency + ", such as 1200000000 or 12.50.");
            }
        }
        var level = fund && given(form.get("level")) != null ? FormFields.choice(ContributionLevel.class, form.get("level"), "level") : null;
        Integer personnel = type == AssertionType.MISSION_CONTRIBUTOR ? FormFields.wholeNumber(form.get("personnel"), "personnel") : null;
        String vote = type == AssertionType.VOTED ? given(form.get("vote")) : null;
        return new Assertion(type, fund ? subject : null, amount, level, mission ? subject : null, personnel,
                type == AssertionType.VOTED ? subject : null, vote, type == AssertionType.PRESENT ? subject : null);
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
