package org.peacecouncil.claims;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;

import org.peacecouncil.claims.rules.VerdictRules;
import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/**
 * Verdicts, computed from the records whenever they are read: the state's evidence is loaded, the assertion's rule
 * decides at the time it was said and now, and at every time in between when one of its records changed, which is
 * the verdict's history. Nothing is stored, so nobody can set a verdict.
 */
@Component
public class Verdicts {

    private final ClaimsStore store;
    private final EvidenceReader reader;
    private final KeptEvidence kept;
    private final Ledger ledger;
    private final Checkpoints checkpoints;
    private final Clock clock;

    private final org.peacecouncil.ledger.SignedEntries signed;

    Verdicts(ClaimsStore store, EvidenceReader reader, KeptEvidence kept, Ledger ledger, Checkpoints checkpoints, Clock clock,
            org.peacecouncil.ledger.SignedEntries signed) {
        this.signed = signed;
        this.store = store;
        this.reader = reader;
        this.kept = kept;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    public List<Views.StatementSummary> statements() {
        return store.statements().stream().map(s -> new Views.StatementSummary(s.id().value(), s.status(), s.speaker(), s.saidOn(),
                s.text(), s.assertions().size(), s.recordedAt())).toList();
    }

    public Views.Statement statement(StatementId id) {
        var s = store.statement(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no statement " + id + "."));
        Instant now = clock.instant();
        long logSize = ledger.size();
        var verdicts = new ArrayList<Views.StateVerdict>();
        if (s.status() == Statement.StatementStatus.RECORDED) {
            Instant said = min(EvidenceReader.endOf(s.saidOn()), now);
            for (var stated : s.assertions()) {
                for (var state : stated.states()) {
                    verdicts.add(verdict(state, stated.assertion(), said, now, logSize));
                }
            }
        }
        var entries = store.entriesOf(List.of(id.value())).getOrDefault(id.value(), List.of());
        return new Views.Statement(s.id().value(), s.status(), s.speaker(), s.office(), s.speaksFor(), s.saidOn(), s.dateAsReported(),
                s.sourceUrl(), s.sourceTitle(), s.text(), s.assertions(), verdicts, now, logSize, checkpoint(verdicts), s.proposedBy(),
                s.recordedBy(), s.recordedAt(), entries);
    }

    /** A claim checked without recording it, as of the end of {@code day} (UTC), or now when no day is given. */
    public Views.Check check(StateCode state, Assertion assertion, java.time.LocalDate day) {
        Instant now = clock.instant();
        Instant asOf = day == null ? null : EvidenceReader.endOf(day);
        Instant at = asOf == null || asOf.isAfter(now) ? now : asOf;
        long logSize = ledger.size();
        var evidence = kept.check(state, assertion, List.of(at), now, logSize);
        var verdict = withSignatures(VerdictRules.decide(assertion, evidence, at));
        var history = history(assertion, evidence, firstTime(evidence, at), at);
        var line = new Views.StateVerdict(state.alpha3(), Countries.name(state.alpha3()), assertion, verdict.status(), null,
                verdict.reasons(), verdict.status(), verdict.reasons(), history);
        return new Views.Check(state.alpha3(), Countries.name(state.alpha3()), assertion, at, verdict.status(), verdict.reasons(),
                history, logSize, checkpoint(List.of(line)));
    }

    Views.StateVerdict verdict(StateCode state, Assertion assertion, Instant said, Instant now, long logSize) {
        var evidence = kept.read(state, assertion, List.of(said, now), now, logSize);
        var then = withSignatures(VerdictRules.decide(assertion, evidence, said));
        var current = withSignatures(VerdictRules.decide(assertion, evidence, now));
        var history = history(assertion, evidence, said, now);
        String basis = null;
        if (current.status() == Verdict.VerdictStatus.BACKED) {
            basis = then.status() == Verdict.VerdictStatus.BACKED ? "at the time it was said"
                    : "later: since " + history.get(history.size() - 1).since().toString().substring(0, 10) + ", after it was said";
        }
        return new Views.StateVerdict(state.alpha3(), Countries.name(state.alpha3()), assertion, current.status(), basis, current.reasons(),
                then.status(), then.reasons(), history);
    }

    /**
     * The verdict at {@code from}, then at every later time, up to {@code until}, when one of the evidence's records
     * changed: the rule asked at each. For a fund, the evidence holds the standings at the times its answer could change.
     */
    private static List<Views.Change> history(Assertion assertion, Evidence evidence, Instant from, Instant until) {
        var times = new TreeSet<Instant>();
        times.add(from);
        for (Instant t : changes(evidence)) {
            if (t.isAfter(from) && !t.isAfter(until)) {
                times.add(t);
            }
        }
        var history = new ArrayList<Views.Change>();
        for (Instant t : times) {
            var status = VerdictRules.status(assertion, evidence, t);
            if (history.isEmpty() || history.get(history.size() - 1).status() != status) {
                history.add(new Views.Change(t, status));
            }
        }
        return history;
    }

    private static Instant firstTime(Evidence evidence, Instant at) {
        return changes(evidence).stream().filter(t -> !t.isAfter(at)).min(Instant::compareTo).orElse(at);
    }

    private static List<Instant> changes(Evidence e) {
        var times = new ArrayList<Instant>();
        if (e.membership() != null) {
            times.add(e.membership().since());
            add(times, e.membership().until());
        }
        e.standings().forEach(s -> times.add(s.since()));
        e.offers().forEach(o -> {
            add(times, o.offeredAt());
            add(times, o.withdrawnAt());
        });
        e.questions().forEach(q -> {
            add(times, q.filedAt());
            add(times, q.answeredAt());
        });
        if (e.ended() != null) {
            times.add(e.ended().since());
        }
        e.ballots().forEach(b -> times.add(b.castAt()));
        e.attendance().forEach(a -> times.add(a.at()));
        e.positions().forEach(p -> times.add(p.since()));
        return times;
    }

    private static void add(List<Instant> times, Instant t) {
        if (t != null) {
            times.add(t);
        }
    }

    private Views.AtCheckpoint checkpoint(List<Views.StateVerdict> verdicts) {
        long newest = -1;
        for (var v : verdicts) {
            for (var r : v.reasons()) {
                for (long e : r.logEntries()) {
                    newest = Math.max(newest, e);
                }
            }
        }
        long highest = newest;
        return checkpoints.latest().map(c -> new Views.AtCheckpoint(c.size(), Base64.getEncoder().encodeToString(c.rootHash()),
                highest < c.size())).orElse(null);
    }

    private Verdict withSignatures(Verdict verdict) {
        return verdict.withSignatures(signed::signers);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
