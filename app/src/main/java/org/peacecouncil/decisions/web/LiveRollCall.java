package org.peacecouncil.decisions.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.peacecouncil.decisions.DecisionEvent;
import org.peacecouncil.decisions.MotionId;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.decisions.Views;
import org.peacecouncil.platform.CouncilProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live roll-calls over server-sent events. (Its length: the stream's fan-out, merge and back-pressure belong together.)
 *
 * <p>Changes committed on this instance mark their motion; every {@link #TICK_MILLIS} ms a ticker reads each marked
 * motion once and turns what changed into one update shared by all its viewers: the count ({@code tally}) and only
 * the ballots that changed ({@code rows}), so a viewer of a 200-state roll-call receives a few hundred bytes per
 * ballot, not the whole table. A new viewer, or one that fell too far behind, gets the whole roll-call
 * ({@code roll-call}). API viewers get the motion as JSON ({@code motion}).
 *
 * <p>Each viewer holds at most one send in the queue of its sending lane; updates that arrive meanwhile are merged
 * into it, so a slow reader never makes the server queue more than one message for it, and one slow reader holds up
 * only its lane. Changes made by other instances are noticed by comparing motion versions every second.
 *
 * <p>A stream ends by itself: every few seconds a viewer with nothing new gets a comment line (a heartbeat), so one
 * whose client left is noticed at the failed write and dropped; after its lifetime a stream is completed and the
 * browser reconnects; and once a motion is decided, each stream ends right after it has sent the final state. How many
 * streams the server holds is capped in {@code platform.LiveStreams}.
 */
@Component
public class LiveRollCall implements DisposableBean {

    static final long TICK_MILLIS = 200;
    private static final int LANES = 4;
    private static final long DECIDED_RECONNECT_MILLIS = 24 * 3600 * 1000L;
    /** Updates kept per motion for viewers that missed some; one further behind gets the whole roll-call. */
    private static final int HISTORY = 256;
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final Logger log = LoggerFactory.getLogger(LiveRollCall.class);

    enum Format {
        /** the roll-call as the page shows it, for htmx to swap in */
        HTML,
        /** the motion as the API returns it (event "motion") */
        JSON
    }

    private static final class Viewer {
        final SseEmitter emitter;
        final Format format;
        final int lane;
        final Feed feed;
        /** the motion version this viewer's page shows, or -1 before its first message */
        long shown = -1;
        final AtomicReference<Boolean> queued = new AtomicReference<>(false);
        /** set by the heartbeat: send a comment if there is nothing else to send */
        volatile boolean heartbeat;

        Viewer(SseEmitter emitter, Format format, int lane, Feed feed) {
            this.emitter = emitter;
            this.format = format;
            this.lane = lane;
            this.feed = feed;
        }
    }

    /** One change of a motion's roll-call, from one version to the next. */
    private record Update(long from, long to, String tally, Map<String, String> rows) {
    }

    /** What the viewers of one motion share: the latest roll-call and the recent updates. */
    private final class Feed {
        final String motionId;
        final Set<Viewer> viewers = ConcurrentHashMap.newKeySet();
        volatile Views.Motion latest;
        /** counts the roll-call's changes as viewers see them (ballots, status, and who is present) */
        volatile long revision;
        volatile String wholeHtml;
        volatile String wholeJson;
        final ArrayDeque<Update> updates = new ArrayDeque<>();

        Feed(String motionId) {
            this.motionId = motionId;
        }

        /** Reads the motion again; returns false if nothing changed. */
        synchronized boolean refresh() {
            var now = motions.motion(new MotionId(motionId));
            var before = latest;
            if (before != null && before.version() == now.version() && presentStates(before).equals(presentStates(now))) {
                return false;
            }
            long from = revision;
            latest = now;
            revision = from + 1;
            wholeHtml = null;
            wholeJson = null;
            if (before == null || !presentStates(before).equals(presentStates(now))) {
                updates.clear(); // rows appear or disappear: only the whole roll-call shows that
            } else {
                var rows = new LinkedHashMap<String, String>();
                var earlier = new java.util.HashMap<String, Views.Ballot>();
                before.ballots().forEach(b -> earlier.put(b.state(), b));
                var changed = now.ballots().stream().filter(b -> !Objects.equals(earlier.get(b.state()), b)).toList();
                if (!changed.isEmpty()) {
                    var context = context(now);
                    context.setVariable("ballots", changed);
                    String html = render("rows", context);
                    // Each row is rendered on one line once the layout whitespace is gone; key each by its state.
                    for (String row : html.split("(?=<tr )")) {
                        if (!row.isBlank()) {
                            String state = row.substring(row.indexOf("id=\"ballot-") + 11, row.indexOf("id=\"ballot-") + 14);
                            rows.put(state, row.replaceFirst("<tr ", "<tr hx-swap-oob=\"true\" "));
                        }
                    }
                }
                String tally = render("tally", context(now)).replaceFirst("<div ", "<div hx-swap-oob=\"true\" ");
                updates.addLast(new Update(from, from + 1, tally, rows));
                while (updates.size() > HISTORY) {
                    updates.removeFirst();
                }
            }
            return true;
        }

        /** What a viewer showing {@code shown} needs: the updates since then merged, or null for the whole roll-call. */
        synchronized Update since(long shown) {
            if (latest == null || shown == revision) {
                return new Update(shown, shown, null, Map.of());
            }
            var rows = new LinkedHashMap<String, String>();
            long at = shown;
            String tally = null;
            for (Update u : updates) {
                if (u.from() < at) {
                    continue;
                }
                if (u.from() != at) {
                    return null;
                }
                rows.putAll(u.rows());
                tally = u.tally();
                at = u.to();
            }
            return at == revision && tally != null ? new Update(shown, at, tally, rows) : null;
        }

        synchronized String wholeHtml() {
            if (wholeHtml == null) {
                wholeHtml = render("body", context(latest));
            }
            return wholeHtml;
        }

        synchronized String wholeJson() {
            if (wholeJson == null) {
                wholeJson = json.writeValueAsString(latest);
            }
            return wholeJson;
        }
    }

    private final Motions motions;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextLane = new AtomicInteger();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(named("live-roll-call"));
    private final List<ExecutorService> lanes = new ArrayList<>();

    private final long lifetimeMillis;

    LiveRollCall(Motions motions, ITemplateEngine templates, JsonMapper json, CouncilProperties properties) {
        this.motions = motions;
        this.templates = templates;
        this.json = json;
        this.lifetimeMillis = properties.live().lifetimeSeconds() * 1000L;
        long heartbeat = properties.live().heartbeatSeconds() * 1000L;
        ticker.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        for (int i = 0; i < LANES; i++) {
            lanes.add(Executors.newSingleThreadExecutor(named("live-roll-call-lane-" + i)));
        }
        ticker.scheduleWithFixedDelay(this::sendChanged, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(this::noticeOtherInstances, 1, 1, TimeUnit.SECONDS);
    }

    /** A new viewer of the motion's roll-call: it gets the roll-call as it stands at once, then every change. */
    SseEmitter follow(String motionId, Format format) {
        motions.motion(new MotionId(motionId)); // an unknown motion is refused here, before it takes any room
        var emitter = new SseEmitter(lifetimeMillis);
        var feed = feeds.computeIfAbsent(motionId, Feed::new);
        var viewer = new Viewer(emitter, format, Math.floorMod(nextLane.getAndIncrement(), LANES), feed);
        Runnable leave = () -> feed.viewers.remove(viewer);
        emitter.onCompletion(leave);
        emitter.onTimeout(() -> {
            leave.run();
            emitter.complete(); // the lifetime is over: the client reconnects
        });
        emitter.onError(e -> leave.run());
        if (feed.latest == null) {
            feed.refresh();
        }
        // The first state is sent here, on the request's own thread, before any lane knows the viewer: the emitter
        // keeps it until the handler returns and then commits the response on this thread. Were a lane to send first,
        // it would write the response's headers while the request's filters still set theirs (Tomcat's headers are not
        // thread-safe: seen as a 500 or a connection closed without an answer under a thousand streams).
        try {
            sendWhatIsNew(viewer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        feed.viewers.add(viewer);
        offer(viewer); // whatever changed since the first state
        return emitter;
    }

    @TransactionalEventListener
    void on(DecisionEvent event) {
        if (event instanceof DecisionEvent.AttendanceRegistered || event instanceof DecisionEvent.AlternateDecided) {
            // who is present changes every open roll-call of the meeting
            feeds.values().forEach(f -> changed.add(f.motionId));
            return;
        }
        String motionId = DecisionEvent.motionOf(event);
        if (motionId != null && feeds.containsKey(motionId)) {
            changed.add(motionId);
        }
    }

    private void sendChanged() {
        try {
            for (String motionId : List.copyOf(changed)) {
                changed.remove(motionId);
                var feed = feeds.get(motionId);
                if (feed == null || feed.viewers.isEmpty()) {
                    feeds.remove(motionId);
                    continue;
                }
                if (feed.refresh()) {
                    feed.viewers.forEach(this::offer);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not send live roll-calls", e);
        }
    }

    private void noticeOtherInstances() {
        try {
            for (var feed : feeds.values()) {
                if (!feed.viewers.isEmpty() && feed.latest != null && motions.version(new MotionId(feed.motionId)) != feed.latest.version()) {
                    changed.add(feed.motionId);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not check motions for changes", e);
        }
    }

    private void heartbeat() {
        try {
            for (var feed : feeds.values()) {
                for (var viewer : feed.viewers) {
                    viewer.heartbeat = true;
                    offer(viewer);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not send heartbeats", e);
        }
    }

    /** Queues the viewer on its lane unless it is queued already; the send takes whatever is newest then. */
    private void offer(Viewer viewer) {
        if (viewer.queued.compareAndSet(false, true)) {
            lanes.get(viewer.lane).execute(() -> {
                viewer.queued.set(false);
                send(viewer);
            });
        }
    }

    private void send(Viewer viewer) {
        long before = viewer.shown;
        try {
            sendWhatIsNew(viewer);
            if (viewer.shown == before && viewer.heartbeat) {
                viewer.emitter.send(SseEmitter.event().comment("heartbeat"));
            }
            viewer.heartbeat = false;
            var latest = viewer.feed.latest;
            if (latest != null && latest.status().isFinal() && viewer.shown == viewer.feed.revision) {
                viewer.feed.viewers.remove(viewer);
                // The motion is decided and the viewer has its final state; a browser's EventSource would reconnect at
                // once, so ask it to wait a day instead (a page of a decided motion opens no stream at all).
                viewer.emitter.send(SseEmitter.event().comment("decided").reconnectTime(DECIDED_RECONNECT_MILLIS));
                viewer.emitter.complete();
            }
        } catch (IOException | IllegalStateException gone) {
            viewer.feed.viewers.remove(viewer);
            try {
                viewer.emitter.completeWithError(gone);
            } catch (IllegalStateException alreadyEnded) {
                // the container ended the stream first (the client left): nothing is left to complete
            }
        }
    }

    private void sendWhatIsNew(Viewer viewer) throws IOException {
        var feed = viewer.feed;
        if (viewer.format == Format.JSON) {
            long revision = feed.revision;
            if (revision != viewer.shown) {
                viewer.emitter.send(SseEmitter.event().name("motion").data(feed.wholeJson()));
                viewer.shown = revision;
            }
            return;
        }
        var update = viewer.shown < 0 ? null : feed.since(viewer.shown);
        if (update == null) {
            long revision = feed.revision;
            viewer.emitter.send(SseEmitter.event().name("roll-call").data(feed.wholeHtml()));
            viewer.shown = revision;
        } else if (update.to() != viewer.shown) {
            if (!update.rows().isEmpty()) {
                viewer.emitter.send(SseEmitter.event().name("rows").data("<template>" + String.join("", update.rows().values())
                        + "</template>"));
            }
            viewer.emitter.send(SseEmitter.event().name("tally").data(update.tally()));
            viewer.shown = update.to();
        }
    }

    private Context context(Views.Motion motion) {
        var context = new Context();
        context.setVariable("motion", motion);
        return context;
    }

    /** Renders a fragment of the roll-call template on as few lines as possible: layout whitespace is not content. */
    private String render(String fragment, Context context) {
        return BETWEEN_TAGS.matcher(templates.process("roll-call", Set.of(fragment), context).strip()).replaceAll("> <");
    }

    private static Set<String> presentStates(Views.Motion motion) {
        var states = new java.util.TreeSet<String>();
        motion.ballots().forEach(b -> states.add(b.state()));
        motion.presentNotVoting().forEach(s -> states.add(s.state()));
        return states;
    }

    /**
     * Ends every stream as the application begins to close: before the web server's graceful shutdown, which would
     * otherwise wait for these never-ending requests.
     */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        destroy();
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
        lanes.forEach(ExecutorService::shutdownNow);
        feeds.values().forEach(feed -> feed.viewers.forEach(v -> v.emitter.complete()));
        feeds.clear();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
