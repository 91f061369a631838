/**
 * Identity: who is acting. It owns accounts (hashed passwords), their role (CHAIR, SECRETARIAT, or DELEGATE
 * bound to one state), personal API tokens, sign-in for pages (form login with CSRF protection) and for the
 * API (HTTP Basic or bearer token), and the first secretariat account created on a fresh installation. Other
 * modules receive an {@link org.peacecouncil.identity.Actor} and decide from it what the actor may do.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.peacecouncil.identity;
