package org.peacecouncil.platform;

import java.sql.Connection;
import java.util.ArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps what it acknowledged: WAL journal, full sync on commit, and writers that wait. */
@OnSqlite
class SqliteDurabilityTests extends CouncilTest {

    @Autowired
    DataSource dataSource;

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

    private static String pragma(Connection connection, String name) throws Exception {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
