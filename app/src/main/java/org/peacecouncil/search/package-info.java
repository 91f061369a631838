/**
 * Search: one box over the council's records. Every module says which of its records a reader's words match
 * ({@link org.peacecouncil.platform.Searchable}); this module asks them all and lists what they found, by kind, the
 * closest first. Reads nothing of other modules' tables and writes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.peacecouncil.search;
