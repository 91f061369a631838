package org.peacecouncil.finance.web;

import java.util.Locale;

/** What an {@code Accept-Encoding} header (RFC 9110 §12.5.3) says of gzip. */
final class AcceptedEncodings {

    private AcceptedEncodings() {
    }

    /** Whether gzip is acceptable: named (or {@code *}) with a weight above zero. */
    static boolean gzip(String header) {
        if (header == null) {
            return false;
        }
        boolean starAccepted = false;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean accepted = true;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    accepted = weight(parameter.substring(2)) > 0;
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return accepted;
            }
            if (coding.equals("*")) {
                starAccepted = accepted;
            }
        }
        return starAccepted;
    }

    private static double weight(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
