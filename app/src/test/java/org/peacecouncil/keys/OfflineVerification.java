package org.peacecouncil.keys;

import java.util.function.Supplier;

import org.peacecouncil.support.Api;
import org.peacecouncil.support.Eventually;
import org.peacecouncil.verifier.LogSource;
import org.peacecouncil.verifier.LogVerifier;
import org.peacecouncil.verifier.VerifierKey;

/** The offline verifier run against the live log once a checkpoint covers {@code size} entries. */
final class OfflineVerification {

    private OfflineVerification() {
    }

    static LogVerifier.Verified verify(Supplier<Api.Caller> anonymous, int port, long size) {
        return verify(anonymous, port, size, 1);
    }

    /** {@code signatureThreads} above 1: the signatures verified on more threads, as {@code verify --signature-threads} does. */
    static LogVerifier.Verified verify(Supplier<Api.Caller> anonymous, int port, long size, int signatureThreads) {
        Eventually.until("a checkpoint covering " + size + " entries", () -> anonymous.get().get("/api/v1/log").json().get("size").asLong() >= size);
        return new LogVerifier(LogSource.http("http://localhost:" + port), VerifierKey.parse(anonymous.get().get("/log/key").body().strip()),
                signatureThreads).verify(null);
    }
}
