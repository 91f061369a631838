/**
 * Demo: with {@code PEACE_COUNCIL_DEMO=true}, seeds an empty installation with the Board of Peace as reported
 * in early 2026 (the scenario file shipped in {@code demo/}): accounts for the Chair, the secretariat and a
 * delegation per state, the founding members' consents of 22 January 2026 (and so the charter's entry into
 * force), Israel as a later member, the Chair and Executive Board, and the observers at the first meeting.
 * Every act goes through the same commands a person would use, by the actor who may do it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo council")
package org.peacecouncil.demo;
