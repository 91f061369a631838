/**
 * Ledger: the council's public, tamper-evident record. Every {@link org.peacecouncil.platform.RecordedAct} a
 * module publishes is appended, in the same database transaction as the change it records, as the RFC 8785
 * canonical JSON of the act. The entries form an RFC 9162 Merkle tree whose complete subtree hashes are stored,
 * so tree heads and proofs cost O(log n) reads; signed checkpoints (C2SP tlog-checkpoint as a signed note with
 * the council's Ed25519 key) are published and kept, and the log is served as C2SP tlog-tiles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package org.peacecouncil.ledger;
