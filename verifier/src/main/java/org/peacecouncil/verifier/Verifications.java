package org.peacecouncil.verifier;

import java.util.function.BooleanSupplier;

/**
 * Signature verifications, on the reading thread or on a pool beside it; either way a failure names the first entry
 * that fails, as the verifier promises.
 */
final class Verifications {

    /** A signature being verified on another thread, and what to say if it fails. */
    private record Pending(long index, String failure, java.util.concurrent.Future<Boolean> verified) {
    }

    private static final int IN_FLIGHT = 4_096;
    private final java.util.concurrent.ExecutorService pool;
    private final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();

    /**
     * {@code threads} above 1: the verifications run on that many threads while the reading thread goes on hashing and
     * parsing; a failure is still reported for the first entry that fails ({@link #firstFailureBefore}).
     */
    Verifications(int threads) {
        this.pool = threads > 1 ? java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            var thread = new Thread(r, "signature-check");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    private static void settle(Pending p) {
        boolean verified;
        try {
            verified = p.verified().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a signature check failed to run", e.getCause());
        }
        if (!verified) {
            throw new VerificationFailure(p.failure(), p.index());
        }
    }

    /** Waits for every signature still being verified; the first that fails is thrown. */
    void finish() {
        try {
            while (!pending.isEmpty()) {
                settle(pending.removeFirst());
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * A failure found later on the reading thread (at {@code index}) gives way to a signature failure at an earlier
     * entry, still being verified: the verifier names the first entry that fails.
     */
    VerificationFailure firstFailureBefore(VerificationFailure later) {
        long limit = later.firstBadEntry() == null ? Long.MAX_VALUE : later.firstBadEntry();
        try {
            while (!pending.isEmpty() && pending.peekFirst().index() < limit) {
                settle(pending.removeFirst());
            }
            return later;
        } catch (VerificationFailure earlier) {
            return earlier;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Verifies now, or on the pool with at most {@value #IN_FLIGHT} verifications waiting. */
    void verify(long index, String failure, BooleanSupplier check) {
        if (pool == null) {
            if (!check.getAsBoolean()) {
                throw new VerificationFailure(failure, index);
            }
            return;
        }
        pending.addLast(new Pending(index, failure, pool.submit(check::getAsBoolean)));
        while (pending.size() > IN_FLIGHT) {
            settle(pending.removeFirst());
        }
    }
}
