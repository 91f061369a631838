/**
 * Platform: what every module stands on but no module owns. It opens the database (embedded SQLite in
 * the data directory, or PostgreSQL when configured), supplies the council's {@link java.time.Clock},
 * turns rule violations into RFC 9457 problem responses, bounds request bodies and honours the
 * {@code Idempotency-Key} header on creating POSTs. It holds no domain knowledge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.peacecouncil.platform;
