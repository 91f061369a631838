package org.peacecouncil.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What a workspace form's fields give, read the same way by every module's pages: a choice among an enum's
 * options, a date, a whole number; each refusal in the words the page shows. A blank field is none (null).
 */
public final class FormFields {

    private FormFields() {
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CouncilProblem.InvalidRequest("invalid-field", field + ": choose one of the options.");
        }
    }

    public static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CouncilProblem.InvalidRequest("invalid-field", "date: give it as YYYY-MM-DD.");
        }
    }

    public static Integer wholeNumber(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new CouncilProblem.InvalidRequest("invalid-field", field + ": a whole number.");
        }
    }

    /**
     * Runs a form's act and redirects to {@code page}: its words as the notice, or the refusal's as the error, so a
     * refused form reads as the API's problem does and changes nothing.
     */
    public static String act(org.springframework.web.servlet.mvc.support.RedirectAttributes flash, String page,
            java.util.function.Supplier<String> command) {
        try {
            flash.addFlashAttribute("notice", command.get());
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + page;
    }
}
