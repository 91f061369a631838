/**
 * Claims: public statements about states, the states' own clarifications, and verdicts computed from the records —
 * membership, finance, missions, decisions, read through their published APIs — never typed in. A statement's
 * typed assertions get a verdict per state: BACKED by the state's own confirmed records (at the time it was said, or
 * later), CONTRADICTED by its own clarification or records showing otherwise, or UNBACKED. Every statement and
 * clarification goes on the transparency log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims")
package org.peacecouncil.claims;
