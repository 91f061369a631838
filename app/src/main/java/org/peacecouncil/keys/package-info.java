/**
 * Delegation keys: the Ed25519 public keys a delegation registers (each registration signed by the key itself, proof
 * that the delegation holds it), names and revokes — acts of that delegation only, on the log, so that every state's
 * key history is public and can be checked offline. The signed acts that will carry signatures by these keys come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delegation keys")
package org.peacecouncil.keys;
