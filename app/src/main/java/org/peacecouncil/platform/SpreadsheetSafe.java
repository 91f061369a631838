package org.peacecouncil.platform;

/**
 * A text cell of an export, made safe to open in a spreadsheet (OWASP "CSV injection"): a cell that begins with
 * {@code = + - @}, a tab or a carriage return would be read as a formula, so it is prefixed with an apostrophe, which
 * spreadsheets show as text. Every export writes its free-text cells through this one rule.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
