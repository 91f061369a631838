package org.peacecouncil.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.PeaceCouncilApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Public pages against a static file of the same server: the demo council is seeded, then {@code clients} threads
 * request one path as fast as the server answers, for {@code seconds} at a time after a 60 s warm-up, three ways: as a
 * first visit (a plain GET: the answer kept for this version of the record, rendered once), as a request that insists
 * on a fresh rendering ({@code Cache-Control: no-cache}: every request read and rendered), and as a returning reader
 * does, with {@code If-None-Match} of the page's ETag (answered 304 while the record has not changed). Each path is measured three times alternately with the static stylesheet of
 * the same server, and the ratios are of the medians. Server and driver share this machine and this JVM.
 *
 * <pre>./mvnw -q -pl bench exec:java -Dbench.main=org.peacecouncil.bench.PageBenchmarks -Dexec.args="sqlite 8 2"</pre>
 * (or {@code postgres <jdbc-url> 8 5}; the PostgreSQL database must be empty).
 */
public final class PageBenchmarks {

    private static final String STATIC = "/css/council.css";

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "sqlite";
        int argument = 1;
        String url = engine.equals("postgres") ? args[argument++] : null;
        int clients = args.length > argument ? Integer.parseInt(args[argument++]) : 8;
        int seconds = args.length > argument ? Integer.parseInt(args[argument]) : 5;
        Path dir = Files.createTempDirectory("peace-council-page-bench-");
        var arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--peace-council.data-dir=" + dir, "--peace-council.demo.enabled=true",
                "--peace-council.demo.password=benchmark-password-1"));
        if (url != null) {
            arguments.addAll(List.of("--peace-council.db.url=" + url, "--peace-council.db.user=postgres"));
        }
        System.out.printf("machine: %d cores, %s %s; engine %s; %d clients, %d s per path%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                engine, clients, seconds);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeaceCouncilApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            new PageBenchmarks("http://127.0.0.1:" + port, clients, seconds).run();
        }
        System.exit(0);
    }

    private final String base;
    private final int clients;
    private final int seconds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private PageBenchmarks(String base, int clients, int seconds) {
        this.base = base;
        this.clients = clients;
        this.seconds = seconds;
    }

    private void run() throws Exception {
        String meetings = get("/api/v1/meetings", null, false).body();
        String meeting = meetings.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        String motion = get("/api/v1/meetings/" + meeting, null, false).body().replaceAll("(?s).*?\"motions\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        var paths = List.of("/", "/members", "/members/AZE", "/charter", "/log", "/meetings", "/meetings/" + meeting,
                "/motions/" + motion, "/api/v1/council", "/api/v1/members", "/api/v1/motions/" + motion);
        // Warm-up: every path in turn for 60 s, so that the JIT has compiled what a running server runs (with 20 s the
        // first static measurements still ran at a third of the later ones).
        long warmUntil = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            rate(STATIC, Visit.FIRST, 1);
            for (String path : paths) {
                for (Visit visit : Visit.values()) {
                    rate(path, visit, 1);
                }
            }
        }
        // Each path is measured right beside the static file, alternately three times; ratios are of the medians.
        System.out.printf("%n%-48s %9s %9s %6s %9s %6s %9s %6s%n", "path", "static/s", "first/s", "ratio", "render/s", "ratio",
                "304/s", "ratio");
        for (String path : paths) {
            var statics = new double[3];
            var first = new double[3];
            var render = new double[3];
            var conditional = new double[3];
            for (int round = 0; round < 3; round++) {
                statics[round] = rate(STATIC, Visit.FIRST, seconds);
                first[round] = rate(path, Visit.FIRST, seconds);
                render[round] = rate(path, Visit.RENDER, seconds);
                conditional[round] = rate(path, Visit.CONDITIONAL, seconds);
            }
            double baseline = RequestRate.median(statics);
            System.out.printf("%-48s %9.0f %9.0f %6.2f %9.0f %6.2f %9.0f %6.2f%n",
                    path.length() > 48 ? path.substring(0, 45) + "..." : path, baseline, RequestRate.median(first), RequestRate.median(first) / baseline,
                    RequestRate.median(render), RequestRate.median(render) / baseline, RequestRate.median(conditional), RequestRate.median(conditional) / baseline);
        }
    }

    /** How a reader asks: a first visit, insisting on a fresh rendering, or returning with the ETag it has. */
    private enum Visit { FIRST, RENDER, CONDITIONAL }

    /** Requests per second on one path; conditional requests send the ETag of the path's first answer and must get 304. */
    private double rate(String path, Visit visit, int forSeconds) throws Exception {
        boolean conditional = visit == Visit.CONDITIONAL;
        String etag = conditional ? get(path, null, false).headers().firstValue("ETag").orElseThrow(
                () -> new IllegalStateException(path + " answers without an ETag")) : null;
        boolean fresh = visit == Visit.RENDER;
        return RequestRate.perSecond(http, clients, forSeconds, path, () -> request(path, etag, fresh), conditional ? 304 : 200);
    }

    private HttpResponse<String> get(String path, String etag, boolean fresh) throws Exception {
        return http.send(request(path, etag, fresh), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String etag, boolean fresh) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (fresh) {
            request.header("Cache-Control", "no-cache");
        }
        return request.build();
    }
}
