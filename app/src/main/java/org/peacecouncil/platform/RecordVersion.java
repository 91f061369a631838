package org.peacecouncil.platform;

import java.time.Instant;

/**
 * A module's part of the version of what readers see: it changes whenever the module's public record, or what
 * readers derive from it and the time, changes. Conditional GETs ({@link ConditionalReads}) compare these.
 */
public interface RecordVersion {

    /** A short text that differs whenever anything this module shows has changed by {@code now}. */
    String at(Instant now);
}
