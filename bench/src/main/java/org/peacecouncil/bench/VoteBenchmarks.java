package org.peacecouncil.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.peacecouncil.PeaceCouncilApplication;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.decisions.Capacity;
import org.peacecouncil.decisions.DecisionCommands;
import org.peacecouncil.decisions.MeetingId;
import org.peacecouncil.decisions.MeetingKind;
import org.peacecouncil.decisions.Meetings;
import org.peacecouncil.decisions.MotionId;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.PersonalTokens;
import org.peacecouncil.membership.InvitationId;
import org.peacecouncil.membership.MembershipCommands;
import org.peacecouncil.membership.Memberships;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A live vote under load: {@code voters} delegations each cast one ballot at a random moment within
 * {@code seconds}, while {@code viewers} members of the public hold the motion's live roll-call open (the page's
 * server-sent events, HTML as the browser gets it). Measures each ballot's latency as the delegation sees it (request
 * sent to 201 received) and, for each viewer, the delay from the last acknowledged ballot to the moment its stream
 * shows every ballot. Server and load driver share this machine and this JVM.
 *
 * <pre>./mvnw -q -pl bench exec:java -Dbench.main=org.peacecouncil.bench.VoteBenchmarks -Dexec.args="sqlite 200 2000 10"</pre>
 */
public final class VoteBenchmarks {

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "sqlite";
        int argument = 1;
        String url = null;
        if (engine.equals("postgres")) {
            url = args[argument++];
        }
        int voters = args.length > argument ? Integer.parseInt(args[argument++]) : 200;
        int viewers = args.length > argument ? Integer.parseInt(args[argument++]) : 2000;
        int seconds = args.length > argument ? Integer.parseInt(args[argument]) : 10;
        Path dir = Files.createTempDirectory("peace-council-vote-bench-");
        var arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--peace-council.data-dir=" + dir));
        if (url != null) {
            arguments.addAll(List.of("--peace-council.db.url=" + url, "--peace-council.db.user=postgres"));
        }
        System.out.printf("machine: %d cores, %s, %s; engine %s; %d voters within %d s, %d live viewers%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                engine, voters, seconds, viewers);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeaceCouncilApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            new VoteBenchmarks(context, "http://localhost:" + port).run(voters, viewers, seconds);
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext context;
    private final String base;
    /** The public's connections; the delegations have their own client, as they would on their own machines. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(4)).build();
    private final HttpClient delegationsHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    private VoteBenchmarks(ConfigurableApplicationContext context, String base) {
        this.context = context;
        this.base = base;
    }

    private void run(int voters, int viewerCount, int seconds) throws Exception {
        var motionAndTokens = seed(voters);
        String motion = motionAndTokens.motion();
        List<String> tokens = motionAndTokens.tokens();

        // The viewers connect in batches (as a crowd arrives), and each must have the roll-call before voting starts.
        var viewers = new ArrayList<Viewer>();
        var connected = new CountDownLatch(viewerCount);
        for (int i = 0; i < viewerCount; i++) {
            var viewer = new Viewer(voters, connected);
            viewers.add(viewer);
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/motions/" + motion + "/live"))
                            .header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(viewer))
                    .whenComplete((r, e) -> viewer.ended(e));
            if (i % 100 == 99) {
                Thread.sleep(50);
            }
        }
        if (!connected.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (viewerCount - connected.getCount()) + " viewers connected");
        }
        System.out.printf("%d viewers hold the live roll-call open%n", viewerCount);

        // Each delegation votes once at a random moment within the window.
        var random = new Random(2026);
        ScheduledExecutorService delegations = Executors.newScheduledThreadPool(Math.min(voters, 64));
        long[] latencies = new long[voters];
        var lastAcknowledged = new AtomicLong();
        var failures = new AtomicInteger();
        var done = new CountDownLatch(voters);
        long start = System.nanoTime();
        for (int i = 0; i < voters; i++) {
            int n = i;
            long at = (long) (random.nextDouble() * seconds * 1_000_000_000L);
            delegations.schedule(() -> {
                try {
                    var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/motions/" + motion + "/ballots"))
                            .header("Authorization", "Bearer " + tokens.get(n)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"vote\":\"" + (n % 3 == 0 ? "NO" : "YES") + "\"}")).build();
                    long sent = System.nanoTime();
                    var response = delegationsHttp.send(request, HttpResponse.BodyHandlers.discarding());
                    long received = System.nanoTime();
                    latencies[n] = received - sent;
                    lastAcknowledged.accumulateAndGet(received, Math::max);
                    if (response.statusCode() != 201) {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, at, TimeUnit.NANOSECONDS);
        }
        done.await();
        long votingTook = System.nanoTime() - start;
        delegations.shutdown();

        // Every viewer must see every ballot.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (viewers.stream().anyMatch(v -> v.finalAt.get() == 0) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long missing = viewers.stream().filter(v -> v.finalAt.get() == 0).count();
        long[] delays = viewers.stream().filter(v -> v.finalAt.get() != 0)
                .mapToLong(v -> Math.max(0, v.finalAt.get() - lastAcknowledged.get())).sorted().toArray();
        Arrays.sort(latencies);
        long events = viewers.stream().mapToLong(v -> v.events.get()).sum();
        long bytes = viewers.stream().mapToLong(v -> v.bytes.get()).sum();
        long whole = viewers.stream().mapToLong(v -> v.wholeRollCalls.get()).sum();

        System.out.printf("ballots: %d sent in %.1f s, %d refused or failed%n", voters, votingTook / 1e9, failures.get());
        System.out.printf("ballot latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(percentile(latencies, 50)),
                ms(percentile(latencies, 99)), ms(latencies[latencies.length - 1]));
        System.out.printf("viewers with the final tally: %d of %d%n", viewerCount - missing, viewerCount);
        if (delays.length > 0) {
            System.out.printf("final tally after the last ballot: p50 %.0f ms, p99 %.0f ms, every viewer %.0f ms%n",
                    ms(percentile(delays, 50)), ms(percentile(delays, 99)), ms(delays[delays.length - 1]));
        }
        System.out.printf("live events delivered: %d (%.1f per viewer, %d of them whole roll-calls), %.1f MB%n", events,
                (double) events / viewerCount, whole, bytes / 1e6);
    }

    private record Seeded(String motion, List<String> tokens) {
    }

    /** A council of {@code voters} members in a sitting, a motion put to the vote, and a bearer token per delegation. */
    private Seeded seed(int voters) {
        var memberships = context.getBean(Memberships.class);
        var meetings = context.getBean(Meetings.class);
        var motions = context.getBean(Motions.class);
        var tokens = context.getBean(PersonalTokens.class);
        var jdbc = context.getBean(JdbcClient.class);
        var states = Countries.all().stream().map(Countries.Country::alpha3).limit(voters).toList();
        if (states.size() < voters) {
            throw new IllegalArgumentException("at most " + states.size() + " voters: one per state");
        }
        Instant now = Instant.now();
        var chair = Actor.chair("bench-chair");
        var secretariat = Actor.secretariat("bench-secretariat");
        var issued = new ArrayList<String>();
        for (String state : states) {
            // Accounts without a usable password: only their bearer tokens act, as an API client would.
            String username = "bench-" + state.toLowerCase(Locale.ROOT);
            jdbc.sql("""
                    INSERT INTO accounts (username, password_hash, role, state, display_name, must_change_password, created_at)
                    VALUES (?, '{bcrypt}none', 'DELEGATE', ?, ?, FALSE, '2026-01-01T00:00:00.000000Z')""")
                    .params(username, state, username).update();
            var delegate = Actor.delegateOf(state, username);
            var invitation = memberships.invite(chair, MembershipCommands.Invite.of(state, null), now);
            memberships.consent(delegate, new InvitationId(invitation.id()), now);
            issued.add(tokens.create(delegate, "vote benchmark").token());
        }
        var meeting = meetings.call(chair, new DecisionCommands.CallMeeting(MeetingKind.VOTING, "Benchmark sitting", "Here", now,
                List.of()), now);
        var sitting = new MeetingId(meeting.id());
        meetings.open(secretariat, sitting, now);
        for (String state : states) {
            meetings.attend(Actor.delegateOf(state, "bench-" + state.toLowerCase(Locale.ROOT)), sitting,
                    new DecisionCommands.RegisterAttendance(StateCode.of(state), Capacity.HEAD_OF_STATE_OR_GOVERNMENT, "Head of " + state),
                    now);
        }
        var motion = motions.propose(chair, sitting, new DecisionCommands.TableMotion(MotionKind.BUDGET, "Benchmark budget", "The budget.",
                null), now);
        motions.openVoting(secretariat, new MotionId(motion.id()), new DecisionCommands.PutToTheVote(now.plusSeconds(3600), null), now);
        return new Seeded(motion.id(), issued);
    }

    /** One member of the public following the roll-call: notes when its stream first shows every ballot. */
    private static final class Viewer implements Flow.Subscriber<String> {
        private final String everyBallot;
        private final CountDownLatch connected;
        private final AtomicLong finalAt = new AtomicLong();
        private final AtomicLong events = new AtomicLong();
        private final AtomicLong wholeRollCalls = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private volatile boolean first = true;

        Viewer(int voters, CountDownLatch connected) {
            this.everyBallot = "data-ballots=\"" + voters + "\"";
            this.connected = connected;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            bytes.addAndGet(line.length() + 1);
            if (line.startsWith("event:")) {
                events.incrementAndGet();
                if (line.equals("event:roll-call")) {
                    wholeRollCalls.incrementAndGet();
                }
                if (first) {
                    first = false;
                    connected.countDown();
                }
            } else if (finalAt.get() == 0 && line.startsWith("data:") && line.contains(everyBallot)) {
                finalAt.compareAndSet(0, System.nanoTime());
            }
        }

        @Override
        public void onError(Throwable throwable) {
            ended(throwable);
        }

        @Override
        public void onComplete() {
        }

        void ended(Throwable error) {
            if (error != null && finalAt.get() == 0) {
                System.err.println("a viewer's stream failed: " + error);
            }
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
