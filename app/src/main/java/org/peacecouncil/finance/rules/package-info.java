/**
 * The finance rules, one class each: who opens funds and adds projects, who gives a state's word (a pledge or a
 * commitment) and who may enter one on its behalf, who confirms or withdraws an entry, who records receipts,
 * disbursements and exchange rates, and what a disbursement may not exceed. Each is pure — no Spring, no SQL, no
 * clock — takes the actor, a snapshot of the record and the charter, and answers a
 * {@link org.peacecouncil.platform.Ruling}. {@code ArchitectureTests} keeps it that way.
 */
package org.peacecouncil.finance.rules;
