/**
 * The membership rules of the charter, one class each: who may invite, answer an invitation, renew, withdraw,
 * propose a removal, veto it, record an observer. Each is pure — no Spring, no SQL, no clock — and takes the actor,
 * what the record says (a snapshot), the charter and, where it matters, the day; it answers a
 * {@link org.peacecouncil.platform.Ruling}. {@code ArchitectureTests} keeps it that way.
 */
package org.peacecouncil.membership.rules;
