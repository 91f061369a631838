package org.peacecouncil.identity;

/** A signed-in principal, however it signed in (password, token or a government's identity provider): its account. */
interface AccountHolder {
    Account account();
}
