/**
 * Decisions: meetings (called by the office the charter names), who attends them, motions and their amendments,
 * ballots, and elections to offices and seats. Every outcome is computed by one engine from the charter's
 * decision rule for the motion's kind, with the arithmetic shown; every act goes on the transparency log.
 * Membership and permanence are read through the membership module's published API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions")
package org.peacecouncil.decisions;
