package org.peacecouncil.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything an operator sets from the environment: {@code PEACE_COUNCIL_DATA_DIR},
 * {@code PEACE_COUNCIL_DB_URL} / {@code _DB_USER} / {@code _DB_PASSWORD}, {@code PEACE_COUNCIL_CHARTER},
 * {@code PEACE_COUNCIL_DEMO}, {@code PEACE_COUNCIL_DEMO_PASSWORD}, {@code PEACE_COUNCIL_LOG_ORIGIN} and
 * {@code PEACE_COUNCIL_LOG_KEY}.
 */
@ConfigurationProperties("peace-council")
public record CouncilProperties(Path dataDir, Db db, String charter, Demo demo, Log log) {

    public CouncilProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        log = log == null ? new Log(null, null) : log;
        db = db == null ? new Db(null, null, null) : db;
        demo = demo == null ? new Demo(false, null) : demo;
    }

    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Demo(boolean enabled, String password) {
    }

    /** The transparency log's origin (also its key's name) and the file of its Ed25519 signing key. */
    public record Log(String origin, Path key) {
    }
}
