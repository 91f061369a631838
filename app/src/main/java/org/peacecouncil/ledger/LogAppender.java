package org.peacecouncil.ledger;

import org.peacecouncil.platform.RecordedAct;

/**
 * Appends one act to the log inside the caller's transaction and answers its sequence number. One implementation
 * per engine, chosen in {@link LedgerConfiguration}: PostgreSQL computes the append in one database call,
 * SQLite in the application with the database's single write lock already held.
 */
interface LogAppender {

    long append(RecordedAct act);
}
