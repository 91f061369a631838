package org.peacecouncil.missions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.decisions.MotionId;
import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.missions.rules.AcceptancePolicy;
import org.peacecouncil.missions.rules.MissionOfficePolicy;
import org.peacecouncil.missions.rules.OfferPolicy;
import org.peacecouncil.missions.rules.ReportPolicy;
import org.peacecouncil.missions.rules.StatesOwnWordPolicy;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The missions acts: the office the charter names establishes missions, issues their mandates, answers questions,
 * accepts offers and records deployments; a state's questions, offers, declines and withdrawals are its own
 * delegation's. Each act asks its rule first, then writes the record and publishes the act in one transaction, so
 * that a refusal changes nothing and the log holds exactly what was written.
 * (Its length: twelve acts, each a load–ask–write of a few lines; the rules are the policies in missions.rules.)
 */
@Service
public class Missions {

    private final MissionStore store;
    private final MissionRecords records;
    private final Motions motions;
    private final Charter charter;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    private final org.peacecouncil.keys.ActSignatures signatures;

    Missions(MissionStore store, MissionRecords records, Motions motions, Charter charter, ApplicationEventPublisher events,
            TransactionTemplate tx, org.peacecouncil.keys.ActSignatures signatures) {
        this.signatures = signatures;
        this.store = store;
        this.records = records;
        this.motions = motions;
        this.charter = charter;
        this.events = events;
        this.tx = tx;
    }

    public Views.Mission establish(Actor actor, MissionCommands.Establish act, Instant at) {
        MissionOfficePolicy.ruling(actor, charter, "establish missions").orRefuse();
        return inTurn(() -> {
            if (act.decision() != null) {
                requireAdopted(act.decision());
            }
            var mission = new Mission(MissionId.next(), 0, act.name(), act.command(), act.leadState(), act.deputyState(), act.decision(),
                    act.authorities(), actor.describe(), at);
            store.insertMission(mission);
            events.publishEvent(new MissionEvent.MissionEstablished(mission.id().value(), mission.name(), mission.command(),
                    code(mission.leadState()), code(mission.deputyState()), mission.decision(), act.authorities().stream()
                    .map(a -> new MissionEvent.AuthorityEntry(a.body(), a.reference(), a.adoptedOn(), a.vote(), a.authorizedUntil()))
                    .toList(), at, actor.describe()));
            issue(mission.id(), 1, act.mandate(), null, actor, at);
            return records.mission(mission.id());
        });
    }

    public Views.Mandate changeMandate(Actor actor, MissionId id, MissionCommands.ChangeMandate act, Instant at) {
        MissionOfficePolicy.ruling(actor, charter, "change mandates").orRefuse();
        return inTurn(() -> {
            records.requireMission(id);
            int next = store.currentMandate(id).orElseThrow().version() + 1;
            var mandate = issue(id, next, act.mandate(), act.reason(), actor, at);
            return MissionRecords.mandateView(mandate, Map.of());
        });
    }

    public List<Views.Question> fileQuestions(Actor actor, MissionId id, MissionCommands.FileQuestions act, Instant at) {
        String state = act.state().alpha3();
        StatesOwnWordPolicy.ruling(actor, state, "ask questions about a mission").orRefuse();
        return inTurn(() -> {
            records.requireMission(id);
            var filed = new ArrayList<MissionEvent.QuestionEntry>();
            var ids = new ArrayList<String>();
            for (var q : act.questions()) {
                var question = new MissionQuestion(QuestionId.next(), 0, id, act.state(), q.text(), q.confidential(), actor.describe(), at,
                        null, null, null);
                store.insertQuestion(question);
                ids.add(question.id().value());
                filed.add(new MissionEvent.QuestionEntry(question.id().value(), q.confidential(), q.confidential() ? null : q.text(),
                        q.confidential() ? sha256(q.text()) : null));
            }
            var status = store.participation(id, act.state()).orElse(Participation.NOT_ENGAGED).questionsFiled();
            store.keepParticipation(id, act.state(), status, at);
            var asked = act.questions().stream().map(q -> new MissionEvent.AskedEntry(q.confidential(), sha256(q.text()))).toList();
            var questionsFiled = new MissionEvent.QuestionsFiled(id.value(), state, List.copyOf(filed), asked, at, actor.describe(), act.signature());
            signatures.check(questionsFiled, at);
            events.publishEvent(questionsFiled);
            return records.questions(id, actor).stream().filter(q -> ids.contains(q.id())).toList();
        });
    }

    public Views.Question answer(Actor actor, QuestionId id, MissionCommands.Answer act, Instant at) {
        MissionOfficePolicy.ruling(actor, charter, "answer questions about missions").orRefuse();
        return inTurn(() -> {
            var question = records.requireQuestion(id);
            var answered = question.answered(act.text(), actor.describe(), at);
            if (!store.answer(answered)) {
                throw new CouncilProblem.RuleViolation("conflict", "The question changed under this request; read it again.");
            }
            if (store.openQuestions(question.mission(), question.state()) == 0) {
                var status = store.participation(question.mission(), question.state()).orElse(Participation.NOT_ENGAGED);
                if (status.questionsAnswered() != status) {
                    store.keepParticipation(question.mission(), question.state(), status.questionsAnswered(), at);
                }
            }
            events.publishEvent(new MissionEvent.QuestionAnswered(question.mission().value(), id.value(), question.state().alpha3(),
                    question.confidential(), question.confidential() ? null : act.text(), question.confidential() ? sha256(act.text()) : null,
                    at, actor.describe()));
            return records.questions(question.mission(), actor).stream().filter(q -> q.id().equals(id.value())).findFirst().orElseThrow();
        });
    }

    public Views.Offer offer(Actor actor, MissionId id, MissionCommands.MakeOffer act, Instant at) {
        return inTurn(() -> {
            records.requireMission(id);
            var mandate = store.currentMandate(id).orElseThrow();
            var decision = OfferPolicy.decide(actor, new OfferPolicy.Snapshot(act.state().alpha3(), act.document() != null,
                    store.openQuestions(id, act.state()), actor.holds(charter.missions().managedBy())));
            decision.ruling().orRefuse();
            if (act.mandateVersion() != null && act.mandateVersion() != mandate.version()) {
                throw new CouncilProblem.RuleViolation("mandate-changed", "The offer names mandate version " + act.mandateVersion()
                        + ", but version " + mandate.version() + " is in force: read it and offer against it.");
            }
            boolean own = decision.status() == OfferStatus.OFFERED;
            var offer = new Offer(OfferId.next(), 0, id, act.state(), decision.status(), mandate.version(), act.personnel(), act.units(),
                    act.readiness(), act.caveats(), act.notes(), act.document(), actor.describe(), at, own ? at : null, null, null,
                    List.of(), null);
            store.insertOffer(offer);
            if (own) {
                store.keepParticipation(id, act.state(), store.participation(id, act.state()).orElse(Participation.NOT_ENGAGED).offered(), at);
            }
            var recorded = new MissionEvent.OfferRecorded(id.value(), offer.id().value(), act.state().alpha3(), offer.status().name(),
                    offer.mandateVersion(), named(offer.personnel()), offer.units(), offer.readiness().name(), entries(offer.caveats()),
                    offer.notes(), offer.document(), at, actor.describe(), own ? act.signature() : null);
            if (own) { // the state's own word; an entry on its behalf is the office's, signed when the state confirms it
                signatures.check(recorded, at);
            }
            events.publishEvent(recorded);
            return records.offer(offer.id());
        });
    }

    public Views.Offer confirmOffer(Actor actor, OfferId id, Instant at) {
        return confirmOffer(actor, id, MissionCommands.Confirmation.UNSIGNED, at);
    }

    public Views.Offer confirmOffer(Actor actor, OfferId id, MissionCommands.Confirmation act, Instant at) {
        return inTurn(() -> {
            var offer = records.requireOffer(id);
            StatesOwnWordPolicy.ruling(actor, offer.state().alpha3(), "confirm an offer made on its behalf").orRefuse();
            write(offer, offer.confirmed(at));
            store.keepParticipation(offer.mission(), offer.state(),
                    store.participation(offer.mission(), offer.state()).orElse(Participation.NOT_ENGAGED).offered(), at);
            var confirmed = new MissionEvent.OfferConfirmed(offer.mission().value(), id.value(), offer.state().alpha3(), at,
                    actor.describe(), act.signature());
            signatures.check(confirmed, at);
            events.publishEvent(confirmed);
            return records.offer(id);
        });
    }

    public Views.Offer accept(Actor actor, OfferId id, MissionCommands.Acceptance act, Instant at) {
        MissionOfficePolicy.ruling(actor, charter, "accept offers").orRefuse();
        return inTurn(() -> {
            var offer = records.requireOffer(id);
            var mandate = store.currentMandate(offer.mission()).orElseThrow();
            var caveats = new ArrayList<>(offer.caveats());
            caveats.addAll(store.declaredCaveats(offer.mission(), offer.state()));
            var conflicts = AcceptancePolicy.conflicts(caveats, mandate.terms().tasks());
            AcceptancePolicy.ruling(conflicts, act.acknowledgeConflicts()).orRefuse();
            write(offer, offer.accepted(conflicts, act.note(), at));
            store.keepParticipation(offer.mission(), offer.state(),
                    store.participation(offer.mission(), offer.state()).orElse(Participation.NOT_ENGAGED).accepted(), at);
            events.publishEvent(new MissionEvent.OfferAccepted(offer.mission().value(), id.value(), offer.state().alpha3(),
                    mandate.version(), conflicts, act.note(), at, actor.describe()));
            return records.offer(id);
        });
    }

    public Views.Offer deploy(Actor actor, OfferId id, MissionCommands.Deployment act, Instant at) {
        MissionOfficePolicy.ruling(actor, charter, "record deployments").orRefuse();
        return inTurn(() -> {
            var offer = records.requireOffer(id);
            if (offer.status() != OfferStatus.ACCEPTED) {
                throw new CouncilProblem.RuleViolation(offer.status().slug(), "Only an accepted offer's personnel are deployed; this offer is "
                        + offer.status() + ".");
            }
            var already = records.deployedOf(offer);
            for (var e : act.personnel().entrySet()) {
                int offered = offer.personnel().getOrDefault(e.getKey(), 0);
                int total = already.getOrDefault(e.getKey(), 0) + e.getValue();
                if (total > offered) {
                    throw new CouncilProblem.RuleViolation("beyond-offer", "The offer is of " + offered + " " + e.getKey() + "; "
                            + total + " deployed would be more than " + offer.state().alpha3() + " offered.");
                }
            }
            store.insertDeployment(offer.mission(), new MissionStore.DeploymentRow(java.util.UUID.randomUUID().toString(), id, offer.state(),
                    act.personnel(), act.on(), act.location(), actor.describe(), at));
            store.keepParticipation(offer.mission(), offer.state(), Participation.DEPLOYED, at);
            events.publishEvent(new MissionEvent.DeploymentRecorded(offer.mission().value(), id.value(), offer.state().alpha3(),
                    named(act.personnel()), act.on(), act.location(), at, actor.describe()));
            return records.offer(id);
        });
    }

    /** The state's delegation declares its standing caveats for the mission; they replace those it declared before. */
    public Views.Participant declareCaveats(Actor actor, MissionId id, MissionCommands.DeclareCaveats act, Instant at) {
        String state = act.state().alpha3();
        StatesOwnWordPolicy.ruling(actor, state, "declare a state's national caveats").orRefuse();
        return inTurn(() -> {
            records.requireMission(id);
            store.keepCaveats(id, new MissionStore.DeclaredCaveats(state, act.caveats(), actor.describe(), at));
            events.publishEvent(new MissionEvent.NationalCaveatsDeclared(id.value(), state, entries(act.caveats()), at, actor.describe()));
            return records.participant(id, act.state());
        });
    }

    /** The mission's office files the report due on a date of the mandate's reporting cycle. */
    public Views.Report fileReport(Actor actor, MissionId id, MissionCommands.FileReport act, Instant at) {
        MissionOfficePolicy.ruling(actor, charter, "file a mission's reports").orRefuse();
        return inTurn(() -> {
            records.requireMission(id);
            var today = java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
            var cycle = ReportingCycle.of(store.currentMandate(id).orElseThrow().terms());
            ReportPolicy.ruling(cycle, act.dueOn(), store.reports(id).containsKey(act.dueOn()), act.submittedOn(), today).orRefuse();
            store.insertReport(id, new MissionStore.ReportRow(act.dueOn(), act.title(), act.document(), act.submittedOn(),
                    actor.describe(), at));
            events.publishEvent(new MissionEvent.MissionReportFiled(id.value(), act.dueOn(), act.title(), act.document(),
                    act.submittedOn(), at, actor.describe()));
            return records.reports(id, today).stream().filter(r -> r.dueOn().equals(act.dueOn())).findFirst().orElseThrow();
        });
    }

    /** The state declines to take part: its pending offers are withdrawn with it. */
    public Views.Participant decline(Actor actor, MissionId id, StateCode state, MissionCommands.Reason act, Instant at) {
        return end(actor, id, state, act, at, true);
    }

    /** The state withdraws: every offer it has made to the mission, accepted or not, is withdrawn. */
    public Views.Participant withdraw(Actor actor, MissionId id, StateCode state, MissionCommands.Reason act, Instant at) {
        return end(actor, id, state, act, at, false);
    }

    private Views.Participant end(Actor actor, MissionId id, StateCode state, MissionCommands.Reason act, Instant at, boolean declining) {
        StatesOwnWordPolicy.ruling(actor, state.alpha3(), declining ? "decline to take part in a mission" : "withdraw from a mission")
                .orRefuse();
        return inTurn(() -> {
            records.requireMission(id);
            var before = store.participation(id, state).orElse(Participation.NOT_ENGAGED);
            var after = declining ? before.declined() : before.withdrawn();
            for (var offer : store.offersOf(id, state)) {
                if (offer.status() != OfferStatus.WITHDRAWN) {
                    write(offer, offer.withdrawn(at));
                }
            }
            store.keepParticipation(id, state, after, at);
            var ended = new MissionEvent.ParticipationEnded(id.value(), state.alpha3(), after.name(), act.reason(), at,
                    actor.describe(), act.signature());
            signatures.check(ended, at);
            events.publishEvent(ended);
            return records.participant(id, state);
        });
    }

    private Mandate issue(MissionId id, int version, MissionCommands.MandateTerms terms, String reason, Actor actor, Instant at) {
        var mandate = new Mandate(id, version, terms, reason, actor.describe(), at);
        store.insertMandate(mandate);
        events.publishEvent(new MissionEvent.MandateIssued(id.value(), version, terms.tasks(), terms.area(),
                named(terms.authorizedStrength()), terms.useOfForce(), terms.start(), terms.end(), terms.reportingMonths(),
                terms.documents(), reason, at, actor.describe()));
        return mandate;
    }

    private void requireAdopted(String decision) {
        MotionStatus status;
        try {
            status = motions.motion(new MotionId(decision)).status();
        } catch (CouncilProblem.NotFound e) {
            throw new CouncilProblem.RuleViolation("unknown-decision", "decision: there is no motion " + decision + ".");
        }
        if (status != MotionStatus.ADOPTED) {
            throw new CouncilProblem.RuleViolation("decision-not-adopted", "decision: motion " + decision + " is " + status
                    + "; a mission is established by an adopted decision.");
        }
    }

    private void write(Offer before, Offer after) {
        if (!store.updateOffer(before, after)) {
            throw new CouncilProblem.RuleViolation("conflict", "The offer changed under this request; read it again.");
        }
    }

    private <T> T inTurn(Supplier<T> write) {
        return tx.execute(status -> {
            store.takeTurn();
            return write.get();
        });
    }

    private static List<MissionEvent.CaveatEntry> entries(List<MissionCommands.Caveat> caveats) {
        return caveats.stream().map(c -> new MissionEvent.CaveatEntry(c.kind().name(), c.task(), c.area(), c.until(), c.text())).toList();
    }

    private static Map<String, Integer> named(Map<PersonnelType, Integer> strength) {
        var named = new java.util.TreeMap<String, Integer>();
        strength.forEach((type, n) -> named.put(type.name(), n));
        return named;
    }

    private static String code(StateCode state) {
        return state == null ? null : state.alpha3();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
