/**
 * Charter: the council's rules as data. It loads a charter file (YAML) at start-up, validates it with
 * errors that name the file, line and field, and publishes the {@link org.peacecouncil.charter.Charter}
 * every other module obeys: who invites, term length and renewal, permanent membership, removal and its
 * veto, entry into force, and the decision rule for each kind of motion. It ships the Board of Peace
 * charter (the default), a Security Council style charter and a consensus charter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charter")
package org.peacecouncil.charter;
