package org.peacecouncil.platform;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps what it acknowledged: WAL journal, full sync on commit, and writers that wait. */
@OnSqlite
class SqliteDurabilityTests extends CouncilTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyPooledConnectionUsesWalWithFullSynchronousCommitsAndABusyTimeout() throws Exception {
        var held = new ArrayList<Connection>();
        try {
            for (int i = 0; i < 4; i++) { // the whole pool at once, so every connection is seen
                held.add(dataSource.getConnection());
            }
            for (Connection connection : held) {
                assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(connection, "synchronous")).isEqualTo("2"); // FULL
                assertThat(pragma(connection, "busy_timeout")).isEqualTo("10000");
                assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void aWriterWaitsOnlyForTheTransactionInProgressNotForAStreamOfLaterOnes() throws Exception {
        var streamed = new AtomicLong();
        var running = new AtomicBoolean(true);
        // One thread writes back to back, as the log does under a burst of acts...
        var stream = new Thread(() -> {
            while (running.get()) {
                transactions.executeWithoutResult(s -> touchTheLogHead());
                streamed.incrementAndGet();
            }
        });
        stream.start();
        try {
            while (streamed.get() < 50) {
                Thread.sleep(1);
            }
            // ...while another writes now and then, as the checkpoint signer does: each time, it waits for the
            // transaction in progress, not for the stream's next ones (left to SQLite it sleeps and retries, and the
            // stream takes the lock again every time).
            var passes = new ArrayList<Long>();
            for (int i = 0; i < 20; i++) {
                Thread.sleep(5);
                long before = streamed.get();
                long[] during = new long[1];
                transactions.executeWithoutResult(s -> {
                    touchTheLogHead();
                    during[0] = streamed.get();
                });
                passes.add(during[0] - before);
            }
            // A thread can be descheduled between reading the count and asking for its turn, so one write in a while may
            // see more; left to SQLite, about half of them wait for dozens to thousands.
            assertThat(passes.stream().filter(passed -> passed > 3).count())
                    .as("writes that waited for more than three stream transactions, of " + passes).isLessThanOrEqualTo(4);
        } finally {
            running.set(false);
            stream.join();
        }
    }

    private void touchTheLogHead() {
        jdbc.sql("UPDATE log_head SET size = size WHERE id = 1").update();
    }

    private static String pragma(Connection connection, String name) throws Exception {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
