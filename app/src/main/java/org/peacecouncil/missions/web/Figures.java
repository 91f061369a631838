package org.peacecouncil.missions.web;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import org.peacecouncil.missions.PersonnelType;

/** Personnel figures as the pages write them: "8,000 troops, 12,000 police". */
public final class Figures {

    private Figures() {
    }

    public static String of(Map<PersonnelType, Integer> figures) {
        if (figures == null || figures.isEmpty()) {
            return "—";
        }
        var parts = new ArrayList<String>();
        for (var type : PersonnelType.values()) {
            Integer n = figures.get(type);
            if (n != null && n > 0) {
                parts.add(String.format(Locale.ROOT, "%,d %s", n, name(type)));
            }
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    public static String name(PersonnelType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
