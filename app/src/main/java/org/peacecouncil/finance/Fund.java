package org.peacecouncil.finance;

import java.time.Instant;

import org.peacecouncil.platform.Money;

/**
 * A fund: what it is called, its currency, who administers it, and the target someone announced for it, kept as the
 * statement it is (who said it, where), never as a total.
 */
public record Fund(FundId id, String name, String currency, Administration administeredBy, String administrator,
        Money announced, String announcedBy, String announcedSource, String openedBy, Instant recordedAt) {
}
