package org.peacecouncil.decisions.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.peacecouncil.decisions.DecisionEvent;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.decisions.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live roll-calls over server-sent events. Changes committed on this instance mark their motion; a ticker sends
 * each marked motion's roll-call to its viewers at most every {@link #TICK_MILLIS} ms, so a burst of ballots
 * costs one render and one send per viewer per tick. Viewers are split over a few sending lanes, each keeping its
 * viewers' events in order, so that one slow reader does not hold up the others. Changes made by other
 * instances are found by comparing motion versions every second.
 */
@Component
public class LiveRollCall implements DisposableBean {

    static final long TICK_MILLIS = 250;
    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;
    private static final int LANES = 4;
    private static final Logger log = LoggerFactory.getLogger(LiveRollCall.class);

    enum Format {
        /** the roll-call as the page shows it, for htmx to swap in (event "roll-call") */
        HTML,
        /** the motion as the API returns it (event "motion") */
        JSON
    }

    private record Viewer(SseEmitter emitter, Format format, int lane) {
    }

    private final Motions motions;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private final Map<String, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> sentVersions = new ConcurrentHashMap<>();
    private final AtomicInteger nextLane = new AtomicInteger();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(named("live-roll-call"));
    private final List<ExecutorService> lanes = new ArrayList<>();

    LiveRollCall(Motions motions, ITemplateEngine templates, JsonMapper json) {
        this.motions = motions;
        this.templates = templates;
        this.json = json;
        for (int i = 0; i < LANES; i++) {
            lanes.add(Executors.newSingleThreadExecutor(named("live-roll-call-lane-" + i)));
        }
        ticker.scheduleWithFixedDelay(this::sendChanged, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(this::noticeOtherInstances, 1, 1, TimeUnit.SECONDS);
    }

    /** A new viewer of the motion's roll-call; it gets the roll-call as it stands at once, then every change. */
    SseEmitter follow(String motionId, Format format) {
        var emitter = new SseEmitter(TIMEOUT_MILLIS);
        var viewer = new Viewer(emitter, format, Math.floorMod(nextLane.getAndIncrement(), LANES));
        Runnable leave = () -> {
            var set = viewers.get(motionId);
            if (set != null) {
                set.remove(viewer);
            }
        };
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(e -> leave.run());
        var motion = motions.motion(motionId);
        viewers.computeIfAbsent(motionId, id -> ConcurrentHashMap.newKeySet()).add(viewer);
        sentVersions.putIfAbsent(motionId, motion.version());
        var payload = new Payload(motion);
        lanes.get(viewer.lane()).execute(() -> send(viewer, payload));
        return emitter;
    }

    int viewers(String motionId) {
        var set = viewers.get(motionId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener
    void on(DecisionEvent event) {
        String motionId = motionOf(event);
        if (motionId != null && viewers.containsKey(motionId)) {
            changed.add(motionId);
        }
    }

    private static String motionOf(DecisionEvent event) {
        if (event instanceof DecisionEvent.BallotCast e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.VotingOpened e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.VotingClosed e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.TieBroken e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.ApprovalDecided e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.OfficeDecided e) {
            return e.motionId();
        }
        return null;
    }

    private void sendChanged() {
        try {
            for (String motionId : List.copyOf(changed)) {
                changed.remove(motionId);
                var set = viewers.get(motionId);
                if (set == null || set.isEmpty()) {
                    continue;
                }
                var payload = new Payload(motions.motion(motionId));
                sentVersions.put(motionId, payload.motion.version());
                for (Viewer viewer : set) {
                    lanes.get(viewer.lane()).execute(() -> send(viewer, payload));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not send live roll-calls", e);
        }
    }

    private void noticeOtherInstances() {
        try {
            for (var entry : viewers.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    long version = motions.version(entry.getKey());
                    if (version != sentVersions.getOrDefault(entry.getKey(), -1L)) {
                        changed.add(entry.getKey());
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not check motions for changes", e);
        }
    }

    /** What one change sends: rendered once per format, lazily, and shared by every viewer. */
    private final class Payload {
        final Views.Motion motion;
        private volatile String html;
        private volatile String asJson;

        Payload(Views.Motion motion) {
            this.motion = motion;
        }

        String html() {
            if (html == null) {
                var context = new Context();
                context.setVariable("motion", motion);
                html = templates.process("roll-call", Set.of("body"), context);
            }
            return html;
        }

        String json() {
            if (asJson == null) {
                asJson = json.writeValueAsString(motion);
            }
            return asJson;
        }
    }

    private void send(Viewer viewer, Payload payload) {
        try {
            if (viewer.format() == Format.HTML) {
                viewer.emitter().send(SseEmitter.event().name("roll-call").data(payload.html()));
            } else {
                viewer.emitter().send(SseEmitter.event().name("motion").data(payload.json()));
            }
        } catch (IOException | IllegalStateException gone) {
            viewer.emitter().completeWithError(gone);
        }
    }

    /**
     * Ends every stream as the application begins to close: before the web server's graceful shutdown, which
     * would otherwise wait for these never-ending requests.
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void closing() {
        destroy();
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
        lanes.forEach(ExecutorService::shutdownNow);
        viewers.values().forEach(set -> set.forEach(v -> v.emitter().complete()));
        viewers.clear();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
