package org.peacecouncil.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** How many requests per second a server answers: {@code clients} threads sending one request after another. */
final class RequestRate {

    private RequestRate() {
    }

    /** Requests per second over {@code seconds}; any answer but {@code expected} stops the measurement with an error. */
    static double perSecond(HttpClient http, int clients, int seconds, String what, Supplier<HttpRequest> request, int expected)
            throws InterruptedException {
        var count = new AtomicLong();
        var stop = new AtomicBoolean();
        var failure = new AtomicReference<String>();
        var done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    while (!stop.get()) {
                        var response = http.send(request.get(), HttpResponse.BodyHandlers.ofByteArray()); // the status is checked, the body read whole, never decoded
                        if (response.statusCode() != expected) {
                            failure.compareAndSet(null, what + " answered " + response.statusCode() + ", not " + expected);
                            return;
                        }
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, what + ": " + e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return count.get() / elapsed;
    }

    static double median(double[] values) {
        var sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
