package org.peacecouncil.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
 * A claim check against a fund of {@code flows} flows from 200 states, each a pledge recorded by its state's own
 * delegation through the real service at its own time (one second apart, so that a verdict's history has a change
 * to look at for every flow). Then, beside the static stylesheet of the same server, {@code clients} threads ask
 * "is this state a contributor to the fund?" ({@code GET /api/v1/checks}) as fast as the server answers, a fresh
 * answer every time ({@code Cache-Control: no-cache}), cycling through the states; the ratio is of the medians of
 * three alternating rounds.
 *
 * <pre>./mvnw -q -pl bench exec:java -Dbench.main=org.peacecouncil.bench.ClaimBenchmarks -Dexec.args="sqlite 1000000 8 5"</pre>
 */
public final class ClaimBenchmarks {

    private static final String STATIC = "/css/council.css";

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "sqlite";
        int argument = 1;
        String url = engine.equals("postgres") ? args[argument++] : null;
        int flows = args.length > argument ? Integer.parseInt(args[argument++]) : 1_000_000;
        int clients = args.length > argument ? Integer.parseInt(args[argument++]) : 8;
        int seconds = args.length > argument ? Integer.parseInt(args[argument++]) : 5;
        boolean cold = args.length > argument && args[argument].equals("cold");
        Path dir = Files.createTempDirectory("peace-council-claim-bench-");
        var arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--peace-council.data-dir=" + dir));
        if (cold) {
            arguments.add("--peace-council.claims.kept-evidence=0"); // every check reads the records afresh
        }
        if (url != null) {
            arguments.addAll(List.of("--peace-council.db.url=" + url, "--peace-council.db.user=postgres"));
        }
        System.out.printf("machine: %d cores, %s %s, max heap %d MB; engine %s; %,d flows from 200 states; %d clients, %d s per path; evidence %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, engine, flows, clients, seconds, cold ? "read afresh for every check" : "kept per log size");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeaceCouncilApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var states = Countries.all().stream().limit(200).map(Countries.Country::alpha3).toList();
            String fund = load(context, flows, states);
            new ClaimBenchmarks("http://127.0.0.1:" + port, clients, seconds).run(fund, states);
        }
        System.exit(0);
    }

    private static String load(ConfigurableApplicationContext context, int flows, List<String> states) {
        var finances = context.getBean(Finances.class);
        var tx = context.getBean(TransactionTemplate.class);
        var officer = Actor.secretariat("secretariat");
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
                            LocalDate.of(2026, 2, 19), null, null), at.plusSeconds(i));
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

    private ClaimBenchmarks(String base, int clients, int seconds) {
        this.base = base;
        this.clients = clients;
        this.seconds = seconds;
    }

    private void run(String fund, List<String> states) throws Exception {
        var next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<HttpRequest> check = () -> HttpRequest.newBuilder(URI.create(base + "/api/v1/checks?state="
                + states.get(Math.floorMod(next.getAndIncrement(), states.size())) + "&assertion=FUND_CONTRIBUTOR&fund=" + fund))
                .header("Cache-Control", "no-cache").GET().build();
        java.util.function.Supplier<HttpRequest> css = () -> HttpRequest.newBuilder(URI.create(base + STATIC))
                .header("Cache-Control", "no-cache").GET().build();
        long warmUntil = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            RequestRate.perSecond(http, clients, 1, STATIC, css, 200);
            RequestRate.perSecond(http, clients, 1, "check", check, 200);
        }
        var statics = new double[3];
        var checks = new double[3];
        for (int round = 0; round < 3; round++) {
            statics[round] = RequestRate.perSecond(http, clients, seconds, STATIC, css, 200);
            checks[round] = RequestRate.perSecond(http, clients, seconds, "check", check, 200);
        }
        System.out.printf("%n%-60s %9s %9s %6s%n", "path (fresh answer every request)", "static/s", "path/s", "ratio");
        System.out.printf("%-60s %9.0f %9.0f %6.2f%n", "/api/v1/checks?state=…&assertion=FUND_CONTRIBUTOR&fund=…",
                RequestRate.median(statics), RequestRate.median(checks), RequestRate.median(checks) / RequestRate.median(statics));
    }
}
