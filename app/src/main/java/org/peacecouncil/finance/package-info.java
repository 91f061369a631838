/**
 * Finance: funds and their projects, and the flows into and out of them — a state's pledges and commitments, the
 * receipts the fund records and its disbursements to projects — with the exchange rates their USD equivalents use.
 * Vocabulary follows OCHA FTS and IATI 2.03. Only a state commits itself: a pledge or commitment is its own
 * delegation's act, or an on-behalf entry that counts nowhere until that delegation confirms it. Totals count
 * confirmed commitments, receipts and disbursements, never bare pledges. Every act goes on the transparency log.
 * Implements membership's {@link org.peacecouncil.membership.CashContributions} from the cash the funds received.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package org.peacecouncil.finance;
