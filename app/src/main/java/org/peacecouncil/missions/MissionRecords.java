package org.peacecouncil.missions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Page;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/** What the missions record says, for the API and the pages: missions, mandates, questions, offers, strength. Reads only. */
@Component
public class MissionRecords {

    private final MissionStore store;
    private final Charter charter;

    MissionRecords(MissionStore store, Charter charter) {
        this.store = store;
        this.charter = charter;
    }

    public List<Views.MissionSummary> missions() {
        return summaries(store.missions());
    }

    /** The missions in the order established, a page at a time. */
    public Page<Views.MissionSummary> missions(String after, Integer limit) {
        var page = page(store.missions(), Mission::seq, after, limit);
        return new Page<>(summaries(page.items()), page.next());
    }

    private List<Views.MissionSummary> summaries(List<Mission> missions) {
        return missions.stream().map(m -> {
            var mandate = store.currentMandate(m.id()).orElseThrow();
            return new Views.MissionSummary(m.id().value(), m.name(), mandate.terms().area(), mandate.version(),
                    mandate.terms().authorizedStrength(), m.recordedAt());
        }).toList();
    }

    public Views.Mission mission(MissionId id) {
        var m = requireMission(id);
        var entries = store.entries(id);
        var mandates = store.mandates(id);
        var current = mandates.get(mandates.size() - 1);
        return new Views.Mission(m.id().value(), m.name(), m.command(), code(m.leadState()), code(m.deputyState()), m.decision(),
                m.authorities(), mandateView(current, entries), mandates.size(), participants(id), offers(id, entries),
                entries.getOrDefault(m.id().value(), List.of()), m.recordedAt());
    }

    /** Every version of the mandate, oldest first. */
    public List<Views.Mandate> mandates(MissionId id) {
        requireMission(id);
        var entries = store.entries(id);
        return store.mandates(id).stream().map(v -> mandateView(v, entries)).toList();
    }

    /** The mission's questions in the order filed; a confidential one's words only for its state's delegation and the office. */
    public List<Views.Question> questions(MissionId id, Actor reader) {
        requireMission(id);
        return questionViews(store.questions(id), store.entries(id), reader);
    }

    /** The mission's questions in the order filed, a page at a time. */
    public Page<Views.Question> questions(MissionId id, Actor reader, String after, Integer limit) {
        requireMission(id);
        var page = page(store.questions(id), MissionQuestion::seq, after, limit);
        return new Page<>(questionViews(page.items(), store.entries(id), reader), page.next());
    }

    private List<Views.Question> questionViews(List<MissionQuestion> questions, Map<String, List<Long>> entries, Actor reader) {
        boolean office = reader != null && reader.holds(charter.missions().managedBy());
        return questions.stream().map(q -> {
            boolean shown = !q.confidential() || office || (reader != null && reader.isDelegateOf(q.state().alpha3()));
            return new Views.Question(q.id().value(), q.state().alpha3(), Countries.name(q.state().alpha3()), q.confidential(),
                    shown ? q.text() : null, q.filedAt(), !q.isOpen(), shown ? q.answer() : null, q.answeredAt(),
                    entries.getOrDefault(q.id().value(), List.of()));
        }).toList();
    }

    /**
     * The states engaged with the mission, in alpha-3 order: those with a participation, and those that only declared
     * caveats (NOT_ENGAGED).
     */
    public List<Views.Participant> participants(MissionId id) {
        var open = new TreeMap<String, List<MissionQuestion>>();
        store.questions(id).stream().filter(MissionQuestion::isOpen)
                .forEach(q -> open.computeIfAbsent(q.state().alpha3(), k -> new ArrayList<>()).add(q));
        var caveats = store.declaredCaveats(id);
        var entries = store.entries(id);
        var rows = new TreeMap<String, MissionStore.ParticipationRow>();
        store.participations(id).forEach(p -> rows.put(p.state(), p));
        caveats.keySet().forEach(state -> rows.putIfAbsent(state, new MissionStore.ParticipationRow(state, Participation.NOT_ENGAGED, null)));
        return rows.values().stream().map(p -> {
            var questions = open.getOrDefault(p.state(), List.of());
            var declared = caveats.get(p.state());
            return new Views.Participant(p.state(), Countries.name(p.state()), p.status(), p.since(),
                    questions.size(), questions.isEmpty() ? null : questions.get(0).filedAt(),
                    declared == null ? List.of() : declared.caveats(), declared == null ? null : declared.declaredAt(),
                    entries.getOrDefault(MissionLog.caveatsSubject(p.state()), List.of()));
        }).toList();
    }

    /** Where the state stands with the mission: NOT_ENGAGED when it has said nothing. */
    public Views.Participant participant(MissionId id, StateCode state) {
        requireMission(id);
        return participants(id).stream().filter(p -> p.state().equals(state.alpha3())).findFirst()
                .orElse(new Views.Participant(state.alpha3(), Countries.name(state.alpha3()), Participation.NOT_ENGAGED, null, 0, null,
                        List.of(), null, List.of()));
    }

    /**
     * The reports due under the reporting cycle of the mandate in force, oldest first, each FILED, OVERDUE or
     * UPCOMING as of {@code today}; a filing for a date a later mandate no longer has is listed with the rest.
     */
    public List<Views.Report> reports(MissionId id, LocalDate today) {
        requireMission(id);
        var filed = store.reports(id);
        var entries = store.entries(id);
        var dates = new java.util.TreeSet<LocalDate>(ReportingCycle.of(store.currentMandate(id).orElseThrow().terms()).dueDates(today));
        dates.addAll(filed.keySet());
        return dates.stream().map(due -> {
            var r = filed.get(due);
            var logged = entries.getOrDefault(MissionLog.reportSubject(due), List.of());
            if (r != null) {
                return new Views.Report(due, ReportStatus.FILED, r.title(), r.document(), r.submittedOn(), r.recordedBy(), r.recordedAt(), logged);
            }
            return new Views.Report(due, due.isBefore(today) ? ReportStatus.OVERDUE : ReportStatus.UPCOMING, null, null, null, null, null,
                    List.of());
        }).toList();
    }

    public List<Views.Offer> offers(MissionId id) {
        requireMission(id);
        return offers(id, store.entries(id));
    }

    /** The offers in the order made, a page at a time. */
    public Page<Views.Offer> offers(MissionId id, String after, Integer limit) {
        requireMission(id);
        var page = page(store.offers(id), Offer::seq, after, limit);
        var ids = page.items().stream().map(o -> o.id().value()).collect(java.util.stream.Collectors.toSet());
        return new Page<>(offers(id, store.entries(id)).stream().filter(o -> ids.contains(o.id())).toList(), page.next());
    }

    public Views.Offer offer(OfferId id) {
        var offer = requireOffer(id);
        return offers(offer.mission(), store.entries(offer.mission())).stream().filter(o -> o.id().equals(id.value())).findFirst()
                .orElseThrow();
    }

    /**
     * For each offer still to be accepted, the mandated tasks of the mandate in force that its caveats, or its
     * state's standing caveats, exclude: what the office must acknowledge to accept it.
     */
    public Map<String, List<String>> conflictsToAcknowledge(MissionId id) {
        requireMission(id);
        var tasks = store.currentMandate(id).orElseThrow().terms().tasks();
        var standing = store.declaredCaveats(id);
        var conflicts = new java.util.HashMap<String, List<String>>();
        for (var offer : store.offers(id)) {
            if (offer.status() == OfferStatus.OFFERED) {
                var caveats = new ArrayList<>(offer.caveats());
                var declared = standing.get(offer.state().alpha3());
                if (declared != null) {
                    caveats.addAll(declared.caveats());
                }
                conflicts.put(offer.id().value(), org.peacecouncil.missions.rules.AcceptancePolicy.conflicts(caveats, tasks));
            }
        }
        return conflicts;
    }

    /** What of the offer is deployed so far, by personnel type. */
    Map<PersonnelType, Integer> deployedOf(Offer offer) {
        var deployed = new EnumMap<PersonnelType, Integer>(PersonnelType.class);
        store.deployments(offer.mission()).stream().filter(d -> d.offer().equals(offer.id())).forEach(d -> add(deployed, d.personnel()));
        return deployed;
    }

    /** Authorized against offered, accepted and deployed, as of the end of {@code on} (UTC). */
    public Views.Strength strength(MissionId id, LocalDate on) {
        requireMission(id);
        Instant end = on.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Mandate inForce = null;
        for (var version : store.mandates(id)) {
            if (version.recordedAt().isBefore(end)) {
                inForce = version;
            }
        }
        var offered = new EnumMap<PersonnelType, Integer>(PersonnelType.class);
        var accepted = new EnumMap<PersonnelType, Integer>(PersonnelType.class);
        var deployed = new EnumMap<PersonnelType, Integer>(PersonnelType.class);
        var byState = new TreeMap<String, Map<String, EnumMap<PersonnelType, Integer>>>();
        var standing = new java.util.HashMap<String, Offer>();
        for (var offer : store.offers(id)) {
            boolean withdrawnBy = offer.withdrawnAt() != null && offer.withdrawnAt().isBefore(end);
            if (offer.offeredAt() == null || !offer.offeredAt().isBefore(end) || withdrawnBy) {
                continue;
            }
            standing.put(offer.id().value(), offer);
            var mine = byState.computeIfAbsent(offer.state().alpha3(), k -> figures());
            add(offered, offer.personnel());
            add(mine.get("offered"), offer.personnel());
            if (offer.acceptedAt() != null && offer.acceptedAt().isBefore(end)) {
                add(accepted, offer.personnel());
                add(mine.get("accepted"), offer.personnel());
            }
        }
        for (var d : store.deployments(id)) {
            if (standing.containsKey(d.offer().value()) && !d.on().isAfter(on)) {
                add(deployed, d.personnel());
                add(byState.computeIfAbsent(d.state().alpha3(), k -> figures()).get("deployed"), d.personnel());
            }
        }
        var states = byState.entrySet().stream().map(e -> new Views.StateStrength(e.getKey(), Countries.name(e.getKey()),
                e.getValue().get("offered"), e.getValue().get("accepted"), e.getValue().get("deployed"))).toList();
        return new Views.Strength(id.value(), on, inForce == null ? null : inForce.version(),
                inForce == null ? Map.of() : inForce.terms().authorizedStrength(), offered, accepted, deployed, states);
    }

    Mission requireMission(MissionId id) {
        return store.mission(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no mission " + id + "."));
    }

    Offer requireOffer(OfferId id) {
        return store.offer(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no offer " + id + "."));
    }

    MissionQuestion requireQuestion(QuestionId id) {
        return store.question(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no question " + id + "."));
    }

    private List<Views.Offer> offers(MissionId id, Map<String, List<Long>> entries) {
        var deployed = new java.util.HashMap<String, EnumMap<PersonnelType, Integer>>();
        for (var d : store.deployments(id)) {
            add(deployed.computeIfAbsent(d.offer().value(), k -> new EnumMap<>(PersonnelType.class)), d.personnel());
        }
        return store.offers(id).stream().map(o -> new Views.Offer(o.id().value(), o.state().alpha3(), Countries.name(o.state().alpha3()),
                o.status(), o.mandateVersion(), o.personnel(), o.units(), o.readiness(), o.caveats(), o.notes(), o.document(),
                o.recordedBy(), o.recordedAt(), o.offeredAt(), o.acceptedAt(), o.withdrawnAt(), o.conflicts(), o.acceptanceNote(),
                deployed.getOrDefault(o.id().value(), new EnumMap<>(PersonnelType.class)), entries.getOrDefault(o.id().value(), List.of())))
                .toList();
    }

    static Views.Mandate mandateView(Mandate m, Map<String, List<Long>> entries) {
        var t = m.terms();
        return new Views.Mandate(m.version(), t.tasks(), t.area(), t.authorizedStrength(), t.useOfForce(), t.start(), t.end(),
                t.reportingMonths(), t.documents(), m.reason(), m.recordedBy(), m.recordedAt(),
                entries.getOrDefault(m.mission().value() + "#" + m.version(), List.of()));
    }

    /** A page of records ordered by their sequence number; the cursor is the last one's number. */
    private static <T> Page<T> page(List<T> ordered, java.util.function.ToLongFunction<T> seq, String after, Integer limit) {
        int size = limit == null ? 200 : limit;
        if (size < 1 || size > Page.MAX_LIMIT) {
            throw new CouncilProblem.InvalidRequest("bad-limit", "limit must be between 1 and " + Page.MAX_LIMIT + ".");
        }
        long from;
        try {
            from = after == null || after.isBlank() ? 0 : Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw new CouncilProblem.InvalidRequest("bad-cursor", "after: give the 'next' cursor of the page before.");
        }
        var rest = ordered.stream().filter(item -> seq.applyAsLong(item) > from).toList();
        var items = rest.stream().limit(size).toList();
        String next = rest.size() > size ? String.valueOf(seq.applyAsLong(items.get(items.size() - 1))) : null;
        return new Page<>(items, next);
    }

    private static Map<String, EnumMap<PersonnelType, Integer>> figures() {
        return Map.of("offered", new EnumMap<>(PersonnelType.class), "accepted", new EnumMap<>(PersonnelType.class), "deployed",
                new EnumMap<>(PersonnelType.class));
    }

    private static void add(Map<PersonnelType, Integer> into, Map<PersonnelType, Integer> what) {
        what.forEach((type, n) -> into.merge(type, n, Integer::sum));
    }

    private static String code(StateCode state) {
        return state == null ? null : state.alpha3();
    }
}
