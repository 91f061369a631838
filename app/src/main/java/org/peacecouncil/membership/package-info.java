/**
 * Membership: which states belong to the council and on what terms. It owns the states list (ISO 3166-1
 * alpha-3, XKX for Kosovo), invitations by the Chair, consent and withdrawal by the state's own delegate,
 * entry into force of the charter, terms and their renewal, permanent membership from cash contributions,
 * removal by the Chair and the member states' veto, expiry, and observers. Every act is kept in the member's
 * history and published as a {@link org.peacecouncil.membership.MembershipEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package org.peacecouncil.membership;
