package org.peacecouncil.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The delegation_keys table; written only by this module. */
@Component
class KeysStore {

    private final JdbcClient jdbc;

    KeysStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DelegationKey k) {
        jdbc.sql("""
                INSERT INTO delegation_keys (key_id, state, name, public_key, registered_at, registered_by, signed_at, proof)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(k.keyId(), k.state(), k.name(), k.publicKey(), Timestamps.text(k.registeredAt()), k.registeredBy(),
                        Timestamps.text(k.signedAt()), k.proof())
                .update();
    }

    boolean revoke(String keyId, Instant at, String by, String reason) {
        return jdbc.sql("UPDATE delegation_keys SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE key_id = ? AND revoked_at IS NULL")
                .params(Timestamps.text(at), by, reason, keyId).update() == 1;
    }

    Optional<DelegationKey> key(String keyId) {
        return jdbc.sql("SELECT * FROM delegation_keys WHERE key_id = ?").param(keyId).query(KeysStore::key).optional();
    }

    List<DelegationKey> keysOf(String state) {
        return jdbc.sql("SELECT * FROM delegation_keys WHERE state = ? ORDER BY registered_at, key_id").param(state).query(KeysStore::key).list();
    }

    private static DelegationKey key(ResultSet rs, int n) throws SQLException {
        return new DelegationKey(rs.getString("key_id"), rs.getString("state"), rs.getString("name"), rs.getString("public_key"),
                Timestamps.instant(rs.getString("registered_at")), rs.getString("registered_by"), Timestamps.instant(rs.getString("signed_at")),
                rs.getString("proof"), Timestamps.instant(rs.getString("revoked_at")), rs.getString("revoked_by"), rs.getString("revoke_reason"));
    }
}
