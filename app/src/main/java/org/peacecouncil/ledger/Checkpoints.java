package org.peacecouncil.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.platform.CouncilProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and keeps checkpoints. Twice a second, if the log has grown past the latest checkpoint, a checkpoint of
 * the committed log is signed with the council's key and stored; every checkpoint is kept. Several instances may
 * do this at once: a checkpoint of a given size is stored once.
 */
@Service
public class Checkpoints {

    private final Ledger ledger;
    private final LogStore store;
    private final NoteSigner signer;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Checkpoints(Ledger ledger, LogStore store, CouncilProperties properties, Clock clock, TransactionTemplate transactions) {
        this.ledger = ledger;
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
        String origin = properties.log().origin();
        Path keyFile = properties.log().key() != null ? properties.log().key() : properties.dataDir().resolve("log-signing.key");
        var keys = LogKey.loadOrCreate(keyFile);
        this.signer = new NoteSigner(origin, keys.getPrivate(), keys.getPublic());
    }

    @Scheduled(fixedDelay = 500)
    public void publish() {
        long size = ledger.size();
        long latest = store.latestCheckpoint(signer.name()).map(Checkpoint::size).orElse(-1L);
        if (size > latest) {
            byte[] root = ledger.root(size);
            String note = signer.sign(Checkpoint.body(signer.name(), size, root));
            // In a transaction, so that it queues with the appends rather than beside them (SqliteTransactionManager).
            transactions.executeWithoutResult(
                    status -> store.insertCheckpoint(new Checkpoint(signer.name(), size, root, note, clock.instant())));
        }
    }

    public Optional<Checkpoint> latest() {
        return store.latestCheckpoint(signer.name());
    }

    /** The log's size and its latest checkpoint, read together in one query. */
    public record Head(long size, Optional<Checkpoint> latest) {
    }

    public Head head() {
        return store.head(signer.name());
    }

    public Optional<Checkpoint> ofSize(long size) {
        return store.checkpoint(size, signer.name());
    }

    public List<Checkpoint> recent(int limit) {
        return store.checkpoints(limit, signer.name());
    }

    /** The size of every checkpoint kept, ascending. */
    public List<Long> sizes() {
        return store.checkpointSizes();
    }

    public String origin() {
        return signer.name();
    }

    public String verifierKey() {
        return signer.verifierKey();
    }
}
