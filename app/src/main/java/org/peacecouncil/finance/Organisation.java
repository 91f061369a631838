package org.peacecouncil.finance;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An organisation that gives to the council's funds: a UN agency, a development bank, a foundation, a company. It is
 * known by its IATI organisation identifier (org-id.guide's {@code <registration agency>-<number>}, e.g.
 * {@code XM-DAC-41114}) and its IATI OrganisationType code; it has no delegation here, so what it gives is recorded
 * by the secretariat from the organisation's own documents, and shown as such.
 */
public record Organisation(String ref, String name, String type, String recordedBy, Instant recordedAt) {

    /** A registration agency's prefix (two letters, a hyphen, its code), a hyphen, and the number it gave. */
    static final Pattern REF = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,20}-[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");

    /** Whether a contributor key is an organisation's identifier rather than a state's alpha-3 code (which has no hyphen). */
    static boolean isRef(String contributorKey) {
        return contributorKey.indexOf('-') >= 0;
    }
}
