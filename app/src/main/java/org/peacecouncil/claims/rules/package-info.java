/**
 * The verdict rules, one class per assertion type: each reads the state's records as they stood at a time
 * ({@link org.peacecouncil.claims.Evidence}) and answers a {@link org.peacecouncil.claims.Verdict} with its reasons.
 * Each is pure — no Spring, no SQL, no clock.
 */
package org.peacecouncil.claims.rules;
