package org.peacecouncil.claims;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.peacecouncil.claims.rules.ClarificationPolicy;
import org.peacecouncil.claims.rules.StatementPolicy;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claims acts: statements recorded by the secretariat or proposed by anyone signed in, clarifications by the
 * state's own delegation (or entered on its behalf and confirmed by it). Each asks its rule, then writes the record
 * and publishes the act in one transaction. Verdicts are not acts: {@link Verdicts} computes them.
 */
@Service
public class Claims {

    private final ClaimsStore store;
    private final EvidenceReader reader;
    private final Verdicts verdicts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    private final org.peacecouncil.keys.ActSignatures signatures;

    Claims(ClaimsStore store, EvidenceReader reader, Verdicts verdicts, ApplicationEventPublisher events, TransactionTemplate tx,
            org.peacecouncil.keys.ActSignatures signatures) {
        this.signatures = signatures;
        this.store = store;
        this.reader = reader;
        this.verdicts = verdicts;
        this.events = events;
        this.tx = tx;
    }

    /** Records the statement (the secretariat) or proposes it for the secretariat to record (anyone else signed in). */
    public Views.Statement state(Actor actor, ClaimsCommands.NewStatement act, Instant at) {
        StatementPolicy.proposing(actor).orRefuse();
        act.assertions().forEach(a -> reader.requireKnown(a.assertion()));
        boolean recorded = StatementPolicy.recordsAtOnce(actor);
        return inTurn(() -> {
            var statement = new Statement(StatementId.next(), 0, recorded ? Statement.StatementStatus.RECORDED
                    : Statement.StatementStatus.PROPOSED, act.speaker(), act.office(), act.speaksFor(), act.saidOn(), act.dateAsReported(),
                    act.sourceUrl(), act.sourceTitle(), act.text(), act.assertions(), recorded ? null : actor.describe(),
                    recorded ? actor.describe() : null, at);
            store.insertStatement(statement);
            var entries = entries(statement);
            if (recorded) {
                events.publishEvent(new ClaimsEvent.StatementRecorded(statement.id().value(), act.speaker(), act.office(), act.speaksFor(),
                        act.saidOn(), act.dateAsReported(), act.sourceUrl(), act.sourceTitle(), act.text(), entries, null, at, actor.describe()));
            } else {
                events.publishEvent(new ClaimsEvent.StatementProposed(statement.id().value(), act.speaker(), act.saidOn(), act.sourceUrl(),
                        act.text(), entries, at, actor.describe()));
            }
            return verdicts.statement(statement.id());
        });
    }

    /** The secretariat records a proposed statement as it was proposed. */
    public Views.Statement record(Actor actor, StatementId id, Instant at) {
        StatementPolicy.recordingAProposal(actor).orRefuse();
        return inTurn(() -> {
            var before = store.statement(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no statement " + id + "."));
            var after = before.recorded(actor.describe(), at);
            if (!store.record(before, after)) {
                throw new CouncilProblem.RuleViolation("conflict", "The statement changed under this request; read it again.");
            }
            events.publishEvent(new ClaimsEvent.StatementRecorded(id.value(), after.speaker(), after.office(), after.speaksFor(),
                    after.saidOn(), after.dateAsReported(), after.sourceUrl(), after.sourceTitle(), after.text(), entries(after),
                    after.proposedBy(), at, actor.describe()));
            return verdicts.statement(id);
        });
    }

    public Views.Clarification clarify(Actor actor, ClaimsCommands.NewClarification act, Instant at) {
        String state = act.state().alpha3();
        var decision = ClarificationPolicy.decide(actor, state, act.document() != null);
        decision.ruling().orRefuse();
        for (var p : act.positions()) {
            reader.requireKnown(p.assertion());
        }
        return inTurn(() -> {
            var c = new Clarification(ClarificationId.next(), 0, act.state(), act.speaker(), act.saidOn(), act.sourceUrl(),
                    act.sourceTitle(), act.text(), act.positions(), act.document(), decision.own(), actor.describe(), at,
                    decision.own() ? at : null);
            store.insertClarification(c);
            var recorded = new ClaimsEvent.ClarificationRecorded(c.id().value(), state, c.speaker(), c.saidOn(), c.sourceUrl(),
                    c.sourceTitle(), c.text(), c.positions().stream().map(p -> ClaimsEvent.entry(p.assertion(), null, p.affirms())).toList(),
                    c.document(), c.confirmed(), at, actor.describe(), decision.own() ? act.signature() : null);
            if (decision.own()) { // the state's own word; one entered on its behalf is signed when the state confirms it
                signatures.check(recorded, at);
            }
            events.publishEvent(recorded);
            return clarification(c.id());
        });
    }

    public Views.Clarification confirm(Actor actor, ClarificationId id, Instant at) {
        return confirm(actor, id, ClaimsCommands.Confirmation.UNSIGNED, at);
    }

    public Views.Clarification confirm(Actor actor, ClarificationId id, ClaimsCommands.Confirmation act, Instant at) {
        return inTurn(() -> {
            var c = store.clarification(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no clarification " + id + "."));
            OwnDelegation.ruling(actor, c.state().alpha3(), "confirm a clarification made on its behalf").orRefuse();
            var after = c.confirmedAt(at);
            if (!store.confirm(after)) {
                throw new CouncilProblem.RuleViolation("conflict", "The clarification changed under this request; read it again.");
            }
            var confirmed = new ClaimsEvent.ClarificationConfirmed(id.value(), c.state().alpha3(), at, actor.describe(), act.signature());
            signatures.check(confirmed, at);
            events.publishEvent(confirmed);
            return clarification(id);
        });
    }

    public List<Views.Clarification> clarifications() {
        var entries = store.entries();
        return store.clarifications().stream().map(c -> view(c, entries.getOrDefault(c.id().value(), List.of()))).toList();
    }

    public Views.Clarification clarification(ClarificationId id) {
        var c = store.clarification(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no clarification " + id + "."));
        return view(c, store.entriesOf(List.of(id.value())).getOrDefault(id.value(), List.of()));
    }

    private static Views.Clarification view(Clarification c, List<Long> entries) {
        return new Views.Clarification(c.id().value(), c.state().alpha3(), Countries.name(c.state().alpha3()), c.speaker(), c.saidOn(),
                c.sourceUrl(), c.sourceTitle(), c.text(), c.positions(), c.document(), c.confirmed(), c.recordedBy(), c.recordedAt(),
                c.confirmedAt(), entries);
    }

    private static List<ClaimsEvent.AssertionEntry> entries(Statement s) {
        return s.assertions().stream().map(a -> ClaimsEvent.entry(a.assertion(), a.states().stream().map(st -> st.alpha3()).toList(), null))
                .toList();
    }

    private <T> T inTurn(Supplier<T> write) {
        return tx.execute(status -> {
            store.takeTurn();
            return write.get();
        });
    }
}
