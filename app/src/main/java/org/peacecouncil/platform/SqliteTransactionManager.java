package org.peacecouncil.platform;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions on the embedded SQLite database, taken in the order they were asked for. Each one holds SQLite's
 * single write lock from BEGIN; left to SQLite, a thread that finds the lock taken sleeps and retries, and a thread
 * writing back to back can take the lock again every time it wakes, until the sleeper's busy timeout runs out (seen
 * with the checkpoint signer behind a stream of appends). Here the threads of this application queue first on a fair
 * lock, so each waits for at most the transactions queued before it; other processes still meet SQLite's busy timeout.
 */
final class SqliteTransactionManager extends JdbcTransactionManager {

    private final ReentrantLock writer = new ReentrantLock(true);
    private final long timeoutMillis;

    SqliteTransactionManager(DataSource dataSource, long timeoutMillis) {
        super(dataSource);
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        try {
            if (!writer.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new CannotCreateTransactionException("The database stayed busy for " + timeoutMillis + " ms.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCreateTransactionException("Interrupted while waiting for the database.", e);
        }
        try {
            super.doBegin(transaction, definition);
        } catch (RuntimeException | Error e) {
            writer.unlock();
            throw e;
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            writer.unlock();
        }
    }
}
