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
        return store.missions().stream().map(m -> {
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
        var entries = store.entries(id);
        boolean office = reader != null && reader.holds(charter.missions().managedBy());
        return store.questions(id).stream().map(q -> {
            boolean shown = !q.confidential() || office || (reader != null && reader.isDelegateOf(q.state().alpha3()));
            return new Views.Question(q.id().value(), q.state().alpha3(), Countries.name(q.state().alpha3()), q.confidential(),
                    shown ? q.text() : null, q.filedAt(), !q.isOpen(), shown ? q.answer() : null, q.answeredAt(),
                    entries.getOrDefault(q.id().value(), List.of()));
        }).toList();
    }

    public List<Views.Participant> participants(MissionId id) {
        var open = new TreeMap<String, List<MissionQuestion>>();
        store.questions(id).stream().filter(MissionQuestion::isOpen)
                .forEach(q -> open.computeIfAbsent(q.state().alpha3(), k -> new ArrayList<>()).add(q));
        return store.participations(id).stream().map(p -> {
            var questions = open.getOrDefault(p.state(), List.of());
            return new Views.Participant(p.state(), Countries.name(p.state()), p.status(), p.since(),
                    questions.size(), questions.isEmpty() ? null : questions.get(0).filedAt());
        }).toList();
    }

    /** Where the state stands with the mission: NOT_ENGAGED when it has said nothing. */
    public Views.Participant participant(MissionId id, StateCode state) {
        requireMission(id);
        return participants(id).stream().filter(p -> p.state().equals(state.alpha3())).findFirst()
                .orElse(new Views.Participant(state.alpha3(), Countries.name(state.alpha3()), Participation.NOT_ENGAGED, null, 0, null));
    }

    public List<Views.Offer> offers(MissionId id) {
        requireMission(id);
        return offers(id, store.entries(id));
    }

    public Views.Offer offer(OfferId id) {
        var offer = requireOffer(id);
        return offers(offer.mission(), store.entries(offer.mission())).stream().filter(o -> o.id().equals(id.value())).findFirst()
                .orElseThrow();
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
                o.recordedBy(), o.recordedAt(), o.acceptedAt(), o.conflicts(), o.acceptanceNote(),
                deployed.getOrDefault(o.id().value(), new EnumMap<>(PersonnelType.class)), entries.getOrDefault(o.id().value(), List.of())))
                .toList();
    }

    static Views.Mandate mandateView(Mandate m, Map<String, List<Long>> entries) {
        var t = m.terms();
        return new Views.Mandate(m.version(), t.tasks(), t.area(), t.authorizedStrength(), t.useOfForce(), t.start(), t.end(),
                t.reportingMonths(), t.documents(), m.reason(), m.recordedBy(), m.recordedAt(),
                entries.getOrDefault(m.mission().value() + "#" + m.version(), List.of()));
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
