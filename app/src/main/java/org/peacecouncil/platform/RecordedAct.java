package org.peacecouncil.platform;

import java.time.Instant;

/**
 * A domain event that goes on the council's public record. Publish it inside the transaction that makes the
 * change: the ledger appends it to the transparency log in that same transaction, so the log and the tables
 * never disagree. Its other record components become the entry's payload.
 */
public interface RecordedAct {

    /** The module whose act this is, e.g. {@code membership}. */
    String module();

    /** The state the act is about (ISO 3166-1 alpha-3), or null. */
    String subjectState();

    /** Who acted, as the record names them. */
    String actor();

    /** When the act was recorded. */
    Instant recordedAt();

    /**
     * The delegation's signature over the act, checked before it was recorded; null when the act was not signed.
     * Only {@link Signable} acts carry one; the log writes it beside the payload, never inside it.
     */
    default ActSignature signature() {
        return null;
    }
}
