-- The public record's page filters entries by act type and by date, newest first, a page at a time.
CREATE INDEX log_entries_by_type ON log_entries (type, seq);
CREATE INDEX log_entries_by_time ON log_entries (recorded_at, seq);
