package org.peacecouncil.decisions;

import java.util.Set;

/**
 * Who could decide a motion when it was counted.
 *
 * @param members   member states of the council, present or not
 * @param present   member states present in the meeting (observers are never here)
 * @param permanent member states that are permanent members
 */
public record Electorate(int members, Set<String> present, Set<String> permanent) {

    public Electorate {
        present = Set.copyOf(present);
        permanent = Set.copyOf(permanent);
    }
}
