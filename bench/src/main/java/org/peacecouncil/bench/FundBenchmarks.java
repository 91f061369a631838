package org.peacecouncil.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.PeaceCouncilApplication;
import org.peacecouncil.finance.Administration;
import org.peacecouncil.finance.FinanceCommands;
import org.peacecouncil.finance.Finances;
import org.peacecouncil.finance.FlowKind;
import org.peacecouncil.finance.FundId;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fund of {@code flows} flows from 200 contributors, each a pledge recorded by its state's own delegation through
 * the real service (every act on the log; 5,000 acts per transaction to load in reasonable time). Then, beside the
 * static stylesheet of the same server, {@code clients} threads read the fund (its totals) and its contributors list
 * as fast as the server answers, insisting on a fresh answer ({@code Cache-Control: no-cache}) so that every request
 * is read and rendered; ratios are of the medians of three alternating rounds. Last, the fund's IATI export is read
 * whole: its rate per 100,000 transactions, and the peak heap the JVM used while it streamed.
 *
 * <pre>./mvnw -q -pl bench exec:java -Dbench.main=org.peacecouncil.bench.FundBenchmarks -Dexec.args="sqlite 1000000 8 5"</pre>
 * (or {@code postgres <jdbc-url> 1000000 8 5}; the PostgreSQL schema must be empty).
 */
public final class FundBenchmarks {

    private static final String STATIC = "/css/council.css";
    /** Before a path: read it accepting no compression. */
    private static final String IDENTITY = "identity:";

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "sqlite";
        int argument = 1;
        String url = engine.equals("postgres") ? args[argument++] : null;
        int flows = args.length > argument ? Integer.parseInt(args[argument++]) : 1_000_000;
        int clients = args.length > argument ? Integer.parseInt(args[argument++]) : 8;
        int seconds = args.length > argument ? Integer.parseInt(args[argument]) : 5;
        Path dir = Files.createTempDirectory("peace-council-fund-bench-");
        var arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--peace-council.data-dir=" + dir));
        if (url != null) {
            arguments.addAll(List.of("--peace-council.db.url=" + url, "--peace-council.db.user=postgres"));
        }
        System.out.printf("machine: %d cores, %s %s, max heap %d MB; engine %s; %,d flows; %d clients, %d s per path%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, engine, flows, clients, seconds);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeaceCouncilApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String fund = load(context, flows);
            new FundBenchmarks("http://127.0.0.1:" + port, clients, seconds).run(fund, flows);
        }
        System.exit(0);
    }

    /** Opens the fund and records the pledges; returns the fund's id. */
    private static String load(ConfigurableApplicationContext context, int flows) {
        var finances = context.getBean(Finances.class);
        var tx = context.getBean(TransactionTemplate.class);
        var officer = Actor.secretariat("secretariat");
        var states = Countries.all().stream().limit(200).map(Countries.Country::alpha3).toList();
        Instant at = Instant.parse("2026-02-19T16:00:00Z");
        String fund = finances.openFund(officer, new FinanceCommands.OpenFund("Benchmark fund", "USD", Administration.COUNCIL, null,
                null), at).id();
        var id = new FundId(fund);
        long started = System.nanoTime();
        int done = 0;
        while (done < flows) {
            int from = done;
            int batch = Math.min(5_000, flows - done);
            tx.executeWithoutResult(status -> {
                for (int i = from; i < from + batch; i++) {
                    String state = states.get(i % states.size());
                    finances.pledge(Actor.delegateOf(state, "delegate-" + state.toLowerCase()), id, new FinanceCommands.Pledge(
                            FlowKind.PLEDGE, StateCode.of(state), new FinanceCommands.Cash(100_000L + i, "USD"), null,
                            LocalDate.of(2026, 2, 19), null, null), at);
                }
            });
            done += batch;
        }
        System.out.printf("loaded %,d flows in %.0f s%n", flows, (System.nanoTime() - started) / 1e9);
        return fund;
    }

    private final String base;
    private final int clients;
    private final int seconds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private FundBenchmarks(String base, int clients, int seconds) {
        this.base = base;
        this.clients = clients;
        this.seconds = seconds;
    }

    private void run(String fund, int flows) throws Exception {
        // The contributors list is read twice: as a browser asks (gzip accepted, as for every path here) and by a
        // reader that accepts no compression, so that both figures come from the same run.
        var paths = List.of("/api/v1/funds/" + fund, "/api/v1/funds/" + fund + "/contributors", IDENTITY + "/api/v1/funds/" + fund + "/contributors",
                "/funds/" + fund);
        long warmUntil = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            rate(STATIC, 1);
            for (String path : paths) {
                rate(path, 1);
            }
        }
        System.out.printf("%n%-60s %9s %9s %6s%n", "path (fresh answer every request)", "static/s", "path/s", "ratio");
        // Rounds go round the paths, each path's round beside a static round of its own, so that every path's rounds
        // are spread over the same minutes: measured path after path, the first path's static rounds ran at about
        // half the later ones' rate (the JVM still settling after the load), which flattered the first ratio.
        var statics = new double[paths.size()][3];
        var reads = new double[paths.size()][3];
        for (int round = 0; round < 3; round++) {
            for (int p = 0; p < paths.size(); p++) {
                statics[p][round] = rate(STATIC, seconds);
                reads[p][round] = rate(paths.get(p), seconds);
            }
        }
        for (int p = 0; p < paths.size(); p++) {
            double path = RequestRate.median(reads[p]);
            double stat = RequestRate.median(statics[p]);
            System.out.printf("%-60s %9.0f %9.0f %6.2f   (static rounds %s; path rounds %s)%n", paths.get(p), stat, path, path / stat,
                    rounds(statics[p]), rounds(reads[p]));
        }
        export(fund, flows);
    }

    /** Reads the IATI export whole, counting transactions as they arrive; reports the rate per 100,000 and the peak heap. */
    private void export(String fund, int flows) throws Exception {
        System.gc();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/funds/" + fund + "/iati.xml"))
                .header("Accept", "application/xml").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the export answered " + response.statusCode());
        }
        byte[] marker = "<transaction ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long transactions = 0;
        long bytes = 0;
        int matched = 0;
        long started = System.nanoTime();
        long segment = started;
        var rates = new ArrayList<String>();
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    matched = buffer[i] == marker[matched] ? matched + 1 : (buffer[i] == marker[0] ? 1 : 0);
                    if (matched == marker.length) {
                        matched = 0;
                        transactions++;
                        if (transactions % 100_000 == 0) {
                            long now = System.nanoTime();
                            rates.add(String.format("%.0f", 100_000 / ((now - segment) / 1e9)));
                            segment = now;
                        }
                    }
                }
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%nIATI export: %,d transactions, %,d bytes in %.1f s (%.0f transactions/s)%n", transactions, bytes, elapsed,
                transactions / elapsed);
        System.out.println("transactions/s per 100,000: " + String.join(" ", rates));
        System.out.printf("peak heap used while streaming (all heap pools, server and driver in this JVM): %d MB%n", peak >> 20);
        if (transactions != flows) {
            System.out.printf("THE EXPORT IS INCOMPLETE: %,d transactions of %,d flows%n", transactions, flows);
            System.exit(1);
        }
    }

    private static String rounds(double[] rates) {
        return java.util.Arrays.stream(rates).mapToObj(r -> String.format("%.0f", r)).collect(java.util.stream.Collectors.joining(", "));
    }

    private double rate(String path, int forSeconds) throws Exception {
        boolean identity = path.startsWith(IDENTITY);
        String target = base + (identity ? path.substring(IDENTITY.length()) : path);
        return RequestRate.perSecond(http, clients, forSeconds, path, () -> HttpRequest.newBuilder(URI.create(target))
                .header("Cache-Control", "no-cache").header("Accept-Encoding", identity ? "identity" : "gzip, deflate").GET().build(), 200);
    }
}
