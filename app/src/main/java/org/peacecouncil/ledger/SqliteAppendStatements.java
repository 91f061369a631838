package org.peacecouncil.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.sqlite.SQLiteConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements of a SQLite append, prepared once per database connection. The SQLite driver has no statement
 * cache (xerial/sqlite-jdbc#614) and the pool leaves caching to the driver, so every append used to compile its
 * three or four statements again; compiling them cost an append more CPU than running them. Each statement here is
 * prepared on the pool's underlying connection (the pool closes the statements it hands out when a connection goes
 * back) and is only ever used by the thread whose transaction holds that connection.
 */
final class SqliteAppendStatements {

    static final String HEAD = "SELECT size, frontier FROM log_head WHERE id = 1";
    static final String ENTRY = "INSERT INTO log_entries (seq, body, module, type, subject_state, recorded_at, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String NEW_HEAD = "UPDATE log_head SET size = ?, frontier = ? WHERE id = 1";

    /** One connection's statements; {@code nodes[k]} inserts k + 1 subtree hashes. */
    record Prepared(PreparedStatement head, PreparedStatement entry, PreparedStatement newHead, PreparedStatement[] nodes) {

        PreparedStatement nodes(Connection connection, int count) throws SQLException {
            if (nodes[count - 1] == null) {
                var values = new StringBuilder("INSERT INTO log_hashes (level, idx, hash) VALUES (?, ?, ?)");
                values.append(", (?, ?, ?)".repeat(count - 1));
                nodes[count - 1] = connection.prepareStatement(values.toString());
            }
            return nodes[count - 1];
        }
    }

    private final JdbcTemplate jdbc;
    private final Map<SQLiteConnection, Prepared> byConnection = new IdentityHashMap<>();

    SqliteAppendStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the work with the statements of the connection bound to the current transaction. */
    <T> T with(Work<T> work) {
        return jdbc.execute((ConnectionCallback<T>) pooled -> {
            SQLiteConnection connection = pooled.unwrap(SQLiteConnection.class);
            return work.run(connection, prepared(connection));
        });
    }

    interface Work<T> {
        T run(Connection connection, Prepared statements) throws SQLException;
    }

    private Prepared prepared(SQLiteConnection connection) throws SQLException {
        synchronized (byConnection) {
            Prepared prepared = byConnection.get(connection);
            if (prepared != null && !prepared.head().isClosed()) {
                return prepared;
            }
            // A connection the pool retired closes its statements; forget those (a pool has a handful of connections).
            byConnection.entrySet().removeIf(e -> isClosed(e.getKey()));
            prepared = new Prepared(connection.prepareStatement(HEAD), connection.prepareStatement(ENTRY),
                    connection.prepareStatement(NEW_HEAD), new PreparedStatement[64]);
            byConnection.put(connection, prepared);
            return prepared;
        }
    }

    private static boolean isClosed(SQLiteConnection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
