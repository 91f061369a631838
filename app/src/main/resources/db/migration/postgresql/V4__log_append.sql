-- An append in one call: on PostgreSQL every statement is a round trip, and an append used to take two before
-- its commit (claim the number, then write entry, hashes and frontier) against a plain insert's one. This
-- function does all of it inside the caller's transaction, computing the same hashes as the application does in
-- Java on SQLite (RFC 9162: leaf = SHA-256(0x00 || entry), node = SHA-256(0x01 || left || right)). The entry's
-- text is given without its sequence number, which is known only here, under the log head's row lock.
CREATE FUNCTION log_append(p_before_seq TEXT, p_after_seq TEXT, p_module TEXT, p_type TEXT, p_state TEXT,
                           p_recorded_at TEXT) RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    v_seq      BIGINT;
    v_frontier BYTEA;
    v_body     TEXT;
    v_hash     BYTEA;
    v_end      INTEGER;
    v_level    INTEGER := 0;
BEGIN
    SELECT size, frontier INTO v_seq, v_frontier FROM log_head WHERE id = 1 FOR UPDATE;
    IF length(v_frontier) <> 32 * length(replace(v_seq::bit(64)::text, '0', '')) THEN
        RAISE EXCEPTION 'The log''s frontier does not fit its size %; the log_head row was altered.', v_seq;
    END IF;
    v_body := p_before_seq || v_seq::text || p_after_seq;
    v_hash := sha256('\x00'::bytea || convert_to(v_body, 'UTF8'));
    INSERT INTO log_entries (seq, body, module, type, subject_state, recorded_at, leaf_hash)
        VALUES (v_seq, v_body, p_module, p_type, p_state, p_recorded_at, v_hash);
    -- The new leaf completes one subtree per trailing 1-bit of its index; their left halves are the frontier's
    -- smallest subtrees, at its end.
    v_end := length(v_frontier);
    WHILE ((v_seq >> v_level) & 1) = 1 LOOP
        v_hash := sha256('\x01'::bytea || substring(v_frontier FROM v_end - 31 FOR 32) || v_hash);
        v_end := v_end - 32;
        v_level := v_level + 1;
        INSERT INTO log_hashes (level, idx, hash) VALUES (v_level, v_seq >> v_level, v_hash);
    END LOOP;
    UPDATE log_head SET size = v_seq + 1, frontier = substring(v_frontier FROM 1 FOR v_end) || v_hash WHERE id = 1;
    RETURN v_seq;
END
$$;
