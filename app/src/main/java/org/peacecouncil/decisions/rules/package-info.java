/**
 * The decision rules of the charter, one class each: who puts a motion to the vote and for how long, who casts a
 * state's ballot and when, who closes a vote, breaks a tie, approves, or decides a matter alone. Pure — no Spring,
 * no SQL, no clock: each takes the actor, what the record says, the charter and the time, and answers a
 * {@link org.peacecouncil.platform.Ruling}. The count itself is {@code decisions.Tally}. {@code ArchitectureTests}
 * keeps these classes pure.
 */
package org.peacecouncil.decisions.rules;
