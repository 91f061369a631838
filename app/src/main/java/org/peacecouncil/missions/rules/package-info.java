/**
 * The missions rules, one class each: who runs a mission (the office the charter names), who speaks for a state (its
 * own delegation: questions, offers, declines, withdrawals), when an offer may be entered on a state's behalf (never
 * while its questions are open), and when an offer may be accepted (its caveats checked against the mandate's tasks).
 * Each is pure — no Spring, no SQL, no clock — and answers a {@link org.peacecouncil.platform.Ruling}.
 */
package org.peacecouncil.missions.rules;
