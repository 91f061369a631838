package org.peacecouncil.bench;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.peacecouncil.PeaceCouncilApplication;
import org.peacecouncil.platform.LiveStreams;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Anonymous clients open {@code connections} live streams of the demo's motion from 400 loopback addresses
 * (127.0.1.x–127.0.2.x, 20 each: every address at its cap) and then drop them all without a word. Measured: ordinary
 * reads ({@code GET /api/v1/council}, 4 threads) before, while the connections are held, and after the drop; how many
 * streams the server admitted and refused; and how long after the drop it holds none. Server and driver share this
 * machine and this JVM, with the application's default limits.
 *
 * <pre>./mvnw -q -pl bench exec:java -Dbench.main=org.peacecouncil.bench.StreamBenchmarks -Dexec.args="8000"</pre>
 */
public final class StreamBenchmarks {

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        var dir = Files.createTempDirectory("peace-council-stream-bench-");
        System.out.printf("machine: %d cores, %s %s; %d connections%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), connections);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeaceCouncilApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--peace-council.data-dir=" + dir,
                "--peace-council.demo.enabled=true", "--peace-council.demo.password=benchmark-password-1")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            new StreamBenchmarks(port, context.getBean(LiveStreams.class)).run(connections);
        }
        System.exit(0);
    }

    private final int port;
    private final LiveStreams streams;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private StreamBenchmarks(int port, LiveStreams streams) {
        this.port = port;
        this.streams = streams;
    }

    private void run(int connections) throws Exception {
        String meetings = get("/api/v1/meetings").body();
        String meeting = meetings.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        String motion = get("/api/v1/meetings/" + meeting).body().replaceAll("(?s).*?\"motions\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        String live = "/api/v1/motions/" + motion + "/live";
        for (int i = 0; i < 3; i++) {
            rate(2); // warm-up
        }
        double before = rate(3);

        var sockets = new ArrayList<Socket>(connections);
        int admitted = 0;
        int refused = 0;
        int failed = 0;
        long opening = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            var from = InetAddress.getByName("127.0." + (1 + (i / 20) / 200) + "." + (1 + (i / 20) % 200));
            try {
                var socket = new Socket();
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET " + live + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String status = statusLine(socket.getInputStream());
                if (status.startsWith("HTTP/1.1 200")) {
                    admitted++;
                } else if (status.startsWith("HTTP/1.1 429")) {
                    refused++;
                } else {
                    failed++;
                }
                sockets.add(socket);
            } catch (java.io.IOException e) {
                failed++;
            }
        }
        double openSeconds = (System.nanoTime() - opening) / 1e9;
        int heldWhileOpen = streams.held();
        double during = rate(3);

        long dropped = System.nanoTime();
        for (Socket socket : sockets) {
            socket.close();
        }
        double serving = rate(1); // the first second after the drop
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (streams.held() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        double letGo = (System.nanoTime() - dropped) / 1e9;
        int heldAfter = streams.held();
        double after = rate(3);

        System.out.printf("%nconnections opened: %d in %.1f s (admitted %d, refused 429 %d, failed %d)%n", connections, openSeconds,
                admitted, refused, failed);
        System.out.printf("streams held while open: %d; after the drop: %d, all let go %.1f s after it%n", heldWhileOpen, heldAfter, letGo);
        System.out.printf("GET /api/v1/council per second: before %.0f, with the connections held %.0f (%.2f), first second after"
                + " the drop %.0f (%.2f), after %.0f (%.2f)%n", before, during, during / before, serving, serving / before, after, after / before);
    }

    private static String statusLine(InputStream in) throws java.io.IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    /** Ordinary reads per second by 4 client threads for {@code seconds}; every answer must be 200. */
    private double rate(int seconds) throws Exception {
        var count = new AtomicLong();
        var stop = new AtomicBoolean();
        var failure = new java.util.concurrent.atomic.AtomicReference<String>();
        var done = new CountDownLatch(4);
        long started = System.nanoTime();
        for (int c = 0; c < 4; c++) {
            new Thread(() -> {
                try {
                    while (!stop.get()) {
                        var response = get("/api/v1/council");
                        if (response.statusCode() != 200) {
                            failure.compareAndSet(null, "answered " + response.statusCode());
                            return;
                        }
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e.toString());
                } finally {
                    done.countDown();
                }
            }).start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException("an ordinary read failed: " + failure.get());
        }
        return count.get() / ((System.nanoTime() - started) / 1e9);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
