package org.peacecouncil.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything an operator sets from the environment: {@code PEACE_COUNCIL_DATA_DIR},
 * {@code PEACE_COUNCIL_DB_URL} / {@code _DB_USER} / {@code _DB_PASSWORD}, {@code PEACE_COUNCIL_CHARTER},
 * {@code PEACE_COUNCIL_DEMO}, {@code PEACE_COUNCIL_DEMO_PASSWORD}, {@code PEACE_COUNCIL_LOG_ORIGIN},
 * {@code PEACE_COUNCIL_LOG_KEY} and {@code PEACE_COUNCIL_PUBLIC_URL} (the address people reach the council at, for links
 * that leave the page: e-mails, calendar feeds, minutes; without a trailing slash).
 */
@ConfigurationProperties("peace-council")
public record CouncilProperties(Path dataDir, Db db, String charter, Demo demo, Log log, Pages pages, Live live, String publicUrl) {

    public CouncilProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        log = log == null ? new Log(null, null) : log;
        db = db == null ? new Db(null, null, null) : db;
        demo = demo == null ? new Demo(false, null) : demo;
        pages = pages == null ? new Pages(null) : pages;
        live = live == null ? new Live(null, null, null, null) : live;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip().replaceAll("/+$", "");
    }

    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Demo(boolean enabled, String password) {
    }

    /** How many bytes of rendered public answers are kept for readers who have none yet (default 32 MiB; 0: none). */
    public record Pages(Long renderedBytes) {
        public Pages {
            renderedBytes = renderedBytes == null ? 32L << 20 : renderedBytes;
        }
    }

    /**
     * Live streams (server-sent events): a comment every {@code heartbeatSeconds} (10) so that a client that left is
     * noticed, a lifetime of {@code lifetimeSeconds} (300) after which the client reconnects, and at most
     * {@code maxStreams} (2000) held at once, {@code maxStreamsPerAddress} (20) from one client address.
     */
    public record Live(Integer heartbeatSeconds, Integer lifetimeSeconds, Integer maxStreams, Integer maxStreamsPerAddress) {
        public Live {
            heartbeatSeconds = heartbeatSeconds == null ? 10 : heartbeatSeconds;
            lifetimeSeconds = lifetimeSeconds == null ? 300 : lifetimeSeconds;
            maxStreams = maxStreams == null ? 2000 : maxStreams;
            maxStreamsPerAddress = maxStreamsPerAddress == null ? 20 : maxStreamsPerAddress;
        }
    }

    /** The transparency log's origin (also its key's name) and the file of its Ed25519 signing key. */
    public record Log(String origin, Path key) {
    }
}
