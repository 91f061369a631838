package org.peacecouncil.ledger;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log's tables. */
@Repository
class LogStore {

    /** An entry as stored: its sequence number, its exact bytes (as UTF-8 text) and what it is about. */
    record StoredEntry(long seq, String body, String module, String type, String subjectState, Instant recordedAt) {
    }

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final SqliteAppendStatements appendStatements;

    LogStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.appendStatements = new SqliteAppendStatements(template);
    }

    /**
     * Appends an entry in one call (PostgreSQL): the database takes the next number, writes the entry
     * {@code beforeSeq + seq + afterSeq}, its leaf hash, the subtree hashes it completes and the new frontier.
     */
    long appendInDatabase(String beforeSeq, String afterSeq, String module, String type, String subjectState,
            java.time.Instant recordedAt) {
        return jdbc.sql("SELECT log_append(?, ?, ?, ?, ?, ?)")
                .params(beforeSeq, afterSeq, module, type, subjectState, Timestamps.text(recordedAt))
                .query(Long.class).single();
    }

    /** The number an append takes, and the frontier of the tree before it. */
    record Claim(long seq, byte[] frontier) {
    }

    /** The next sequence number and the frontier before it (SQLite; PostgreSQL appends in one call). */
    Claim claimNext() {
        // SQLite transactions here begin IMMEDIATE: this one already holds the database's only write lock, so a plain
        // read is safe, and the size is written once, with the frontier, by write(). (PostgreSQL: appendInDatabase.)
        return appendStatements.with((connection, statements) -> {
            try (var rs = statements.head().executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The log has no log_head row.");
                }
                return new Claim(rs.getLong(1), rs.getBytes(2));
            }
        });
    }

    /** Writes an appended entry, the subtree hashes it completed and the tree's new size and frontier (SQLite). */
    void write(StoredEntry entry, byte[] leafHash, List<Node> nodes, byte[] frontier) {
        appendStatements.with((connection, statements) -> {
            var insert = statements.entry();
            insert.setLong(1, entry.seq());
            insert.setString(2, entry.body());
            insert.setString(3, entry.module());
            insert.setString(4, entry.type());
            insert.setString(5, entry.subjectState());
            insert.setString(6, Timestamps.text(entry.recordedAt()));
            insert.setBytes(7, leafHash);
            insert.executeUpdate();
            if (!nodes.isEmpty()) {
                var hashes = statements.nodes(connection, nodes.size());
                int at = 1;
                for (Node node : nodes) {
                    hashes.setInt(at++, node.address().level());
                    hashes.setLong(at++, node.address().index());
                    hashes.setBytes(at++, node.hash());
                }
                hashes.executeUpdate();
            }
            var head = statements.newHead();
            head.setLong(1, entry.seq() + 1);
            head.setBytes(2, frontier);
            head.executeUpdate();
            return null;
        });
    }

    /** The log's size and its latest checkpoint's, in one query: what the log pages show changes with either. */
    String version() {
        return jdbc.sql("SELECT (SELECT size FROM log_head WHERE id = 1) || '.' || (SELECT coalesce(max(size), -1) FROM log_checkpoints)")
                .query(String.class).single();
    }

    long size() {
        return jdbc.sql("SELECT size FROM log_head WHERE id = 1").query(Long.class).single();
    }

    Optional<StoredEntry> entry(long seq) {
        return jdbc.sql(ENTRY + " WHERE seq = ?").param(seq).query(LogStore::entry).optional();
    }

    /** Entries with {@code from <= seq < until}, in order. */
    List<StoredEntry> entries(long from, long until) {
        return jdbc.sql(ENTRY + " WHERE seq >= ? AND seq < ? ORDER BY seq").params(from, until).query(LogStore::entry).list();
    }

    List<StoredEntry> latest(int limit) {
        return jdbc.sql(ENTRY + " ORDER BY seq DESC LIMIT ?").param(limit).query(LogStore::entry).list();
    }

    /** The entries the query asks for, newest first, at most {@code limit}. */
    List<StoredEntry> search(LogQuery query, int limit) {
        var where = new java.util.ArrayList<String>();
        var params = new java.util.ArrayList<Object>();
        if (query.type() != null) {
            where.add("type = ?");
            params.add(query.type());
        }
        if (query.state() != null) {
            where.add("subject_state = ?");
            params.add(query.state());
        }
        if (query.from() != null) {
            where.add("recorded_at >= ?");
            params.add(query.from().toString());
        }
        if (query.until() != null) {
            where.add("recorded_at < ?");
            params.add(query.until().plusDays(1).toString());
        }
        if (query.before() != null) {
            where.add("seq < ?");
            params.add(query.before());
        }
        params.add(limit);
        return jdbc.sql(ENTRY + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY seq DESC LIMIT ?")
                .params(params).query(LogStore::entry).list();
    }

    private static final String ENTRY = "SELECT seq, body, module, type, subject_state, recorded_at FROM log_entries";

    private static StoredEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Timestamps.instant(rs.getString(6)));
    }

    /** Where a complete subtree's hash is stored: its height and its index at that height. */
    record Address(int level, long index) {
    }

    /** A complete-subtree hash to store. */
    record Node(Address address, byte[] hash) {
    }

    /** The log's size and the stored hashes at some addresses, read together. */
    record Lookup(long logSize, java.util.Map<Address, byte[]> hashes) {
    }

    /**
     * The log's size and the stored hashes at the given addresses (missing ones are absent from the map), in one
     * query: a proof is then one round trip to the database.
     */
    Lookup lookup(java.util.Collection<Address> addresses) {
        var found = new java.util.HashMap<Address, byte[]>();
        var sql = new StringBuilder("SELECT -1, size, NULL FROM log_head WHERE id = 1");
        var params = new java.util.ArrayList<Object>();
        var leaves = addresses.stream().filter(a -> a.level() == 0).toList();
        var nodes = addresses.stream().filter(a -> a.level() > 0).toList();
        if (!leaves.isEmpty()) {
            sql.append(" UNION ALL SELECT 0, seq, leaf_hash FROM log_entries WHERE seq IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(leaves.size(), "?"))).append(")");
            leaves.forEach(a -> params.add(a.index()));
        }
        if (!nodes.isEmpty()) {
            sql.append(" UNION ALL SELECT level, idx, hash FROM log_hashes WHERE ");
            for (int i = 0; i < nodes.size(); i++) {
                sql.append(i == 0 ? "(level = ? AND idx = ?)" : " OR (level = ? AND idx = ?)");
                params.add(nodes.get(i).level());
                params.add(nodes.get(i).index());
            }
        }
        long[] size = {-1};
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            int level = rs.getInt(1);
            if (level < 0) {
                size[0] = rs.getLong(2);
            } else {
                found.put(new Address(level, rs.getLong(2)), rs.getBytes(3));
            }
        });
        return new Lookup(size[0], found);
    }

    /** Stored hashes at one level, for indexes {@code from <= idx < until}, in order. */
    List<byte[]> hashes(int level, long from, long until) {
        if (level == 0) {
            return jdbc.sql("SELECT leaf_hash FROM log_entries WHERE seq >= ? AND seq < ? ORDER BY seq")
                    .params(from, until).query((rs, n) -> rs.getBytes(1)).list();
        }
        return jdbc.sql("SELECT hash FROM log_hashes WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx")
                .params(level, from, until).query((rs, n) -> rs.getBytes(1)).list();
    }

    boolean insertCheckpoint(Checkpoint checkpoint) {
        return jdbc.sql("INSERT INTO log_checkpoints (size, root_hash, note, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (size) DO NOTHING")
                .params(checkpoint.size(), HEX.formatHex(checkpoint.rootHash()), checkpoint.signedNote(),
                        Timestamps.text(checkpoint.createdAt()))
                .update() == 1;
    }

    Optional<Checkpoint> latestCheckpoint(String origin) {
        return jdbc.sql(CHECKPOINT + " ORDER BY size DESC LIMIT 1").query((rs, n) -> checkpoint(rs, origin)).optional();
    }

    Checkpoints.Head head(String origin) {
        return jdbc.sql("SELECT h.size, c.size, c.root_hash, c.note, c.created_at FROM log_head h LEFT JOIN "
                + "(SELECT size, root_hash, note, created_at FROM log_checkpoints ORDER BY size DESC LIMIT 1) c ON 1 = 1 WHERE h.id = 1")
                .query((rs, n) -> {
                    long size = rs.getLong(1);
                    long checkpointSize = rs.getLong(2);
                    var latest = rs.wasNull() ? Optional.<Checkpoint>empty()
                            : Optional.of(new Checkpoint(origin, checkpointSize, HEX.parseHex(rs.getString(3)), rs.getString(4),
                                    Timestamps.instant(rs.getString(5))));
                    return new Checkpoints.Head(size, latest);
                }).single();
    }

    Optional<Checkpoint> checkpoint(long size, String origin) {
        return jdbc.sql(CHECKPOINT + " WHERE size = ?").param(size).query((rs, n) -> checkpoint(rs, origin)).optional();
    }

    List<Checkpoint> checkpoints(int limit, String origin) {
        return jdbc.sql(CHECKPOINT + " ORDER BY size DESC LIMIT ?").param(limit).query((rs, n) -> checkpoint(rs, origin)).list();
    }

    List<Long> checkpointSizes() {
        return jdbc.sql("SELECT size FROM log_checkpoints ORDER BY size").query(Long.class).list();
    }

    private static final String CHECKPOINT = "SELECT size, root_hash, note, created_at FROM log_checkpoints";

    private static Checkpoint checkpoint(java.sql.ResultSet rs, String origin) throws java.sql.SQLException {
        return new Checkpoint(origin, rs.getLong(1), HEX.parseHex(rs.getString(2)), rs.getString(3), Timestamps.instant(rs.getString(4)));
    }
}
