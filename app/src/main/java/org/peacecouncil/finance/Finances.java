package org.peacecouncil.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Supplier;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.finance.FinanceEvent.ExchangeRateRecorded;
import org.peacecouncil.finance.FinanceEvent.FlowConfirmed;
import org.peacecouncil.finance.FinanceEvent.FlowRecorded;
import org.peacecouncil.finance.FinanceEvent.FlowWithdrawn;
import org.peacecouncil.finance.FinanceEvent.FundOpened;
import org.peacecouncil.finance.FinanceEvent.ProjectAdded;
import org.peacecouncil.finance.rules.ConfirmationPolicy;
import org.peacecouncil.finance.rules.DisbursementPolicy;
import org.peacecouncil.finance.rules.FlowWithdrawalPolicy;
import org.peacecouncil.finance.rules.FundPolicy;
import org.peacecouncil.finance.rules.FundRecordsPolicy;
import org.peacecouncil.finance.rules.OrganisationPolicy;
import org.peacecouncil.finance.rules.PledgePolicy;
import org.peacecouncil.finance.rules.ReceiptPolicy;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The finance acts: each loads what the rule needs, asks the rule, then writes the record and publishes the act for
 * the log, all in one transaction taken in turn, so a balance checked is the balance written against. A flow that
 * starts or stops counting changes the fund's kept totals in that same transaction.
 * (Its length: eleven acts, each a load–ask–write of a few lines, and the one way a flow is drafted, recorded and
 * checked for the state's signature; the amount and rate reading could move to its own class.)
 */
@Service
public class Finances {

    private final FinanceStore store;
    private final CountedChanges counted;
    private final FundRecords records;
    private final Charter charter;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    private final org.peacecouncil.keys.ActSignatures signatures;

    Finances(FinanceStore store, CountedChanges counted, FundRecords records, Charter charter, ApplicationEventPublisher events,
            TransactionTemplate tx, org.peacecouncil.keys.ActSignatures signatures) {
        this.signatures = signatures;
        this.store = store;
        this.counted = counted;
        this.records = records;
        this.charter = charter;
        this.events = events;
        this.tx = tx;
    }

    public Views.Fund openFund(Actor actor, FinanceCommands.OpenFund act, Instant at) {
        FundPolicy.ruling(actor, charter, "open funds").orRefuse();
        return inTurn(() -> {
            var announced = act.announced();
            var fund = new Fund(FundId.next(), act.name(), act.currency(), act.administeredBy(), act.administrator(),
                    announced == null ? null : announced.amount().money(), announced == null ? null : announced.by(),
                    announced == null ? null : announced.source(), actor.describe(), at);
            store.insertFund(fund);
            events.publishEvent(new FundOpened(fund.id().value(), fund.name(), fund.currency(), fund.administeredBy().name(),
                    fund.administrator(), fund.announced() == null ? null : fund.announced().minorUnits(),
                    fund.announced() == null ? null : fund.announced().currency(), fund.announcedBy(), fund.announcedSource(), at,
                    actor.describe()));
            return records.fundView(fund);
        });
    }

    public Views.Project addProject(Actor actor, FundId fundId, FinanceCommands.AddProject act, Instant at) {
        FundPolicy.ruling(actor, charter, "add projects to funds").orRefuse();
        return inTurn(() -> {
            var fund = records.requireFund(fundId);
            var project = new Project(ProjectId.next(), fund.id(), act.name(), act.modality(), act.channel(), act.implementer(),
                    act.location(), act.sector(), act.status(), actor.describe(), at);
            store.insertProject(project);
            events.publishEvent(new ProjectAdded(fund.id().value(), project.id().value(), project.name(), project.modality().name(),
                    project.channel().name(), project.implementer(), project.location(), project.sector(), project.status().name(), at,
                    actor.describe()));
            return FundRecords.projectView(project);
        });
    }

    /** A pledge or commitment: the state's own word, or an unconfirmed entry on its behalf with its document. */
    public Views.Flow pledge(Actor actor, FundId fundId, FinanceCommands.Pledge act, Instant at) {
        var decision = PledgePolicy.decide(actor, act.state().alpha3(), act.document() != null);
        decision.ruling().orRefuse();
        return inTurn(() -> {
            var flow = draftPledge(actor, fundId, act, decision.status(), store.nextFlowSeq(), at);
            return recordFlow(flow, actor, at, actor.isDelegateOf(act.state().alpha3()), act.signature());
        });
    }

    /**
     * The bytes the state's delegation signs for this pledge or commitment, exactly as {@link #pledge} would record and
     * check it at {@code signedAt}; nothing is written.
     */
    public byte[] pledgePayload(Actor actor, FundId fundId, FinanceCommands.Pledge act, Instant signedAt) {
        var decision = PledgePolicy.decide(actor, act.state().alpha3(), act.document() != null);
        decision.ruling().orRefuse();
        var draft = draftPledge(actor, fundId, act, decision.status(), 0, signedAt);
        return signatures.payload(recorded(draft, actor, signedAt, null), signedAt);
    }

    private Flow draftPledge(Actor actor, FundId fundId, FinanceCommands.Pledge act, FlowStatus status, long seq, Instant at) {
        var fund = records.requireFund(fundId);
        var amount = amountOf(act.cash(), act.inKind(), act.valueDate());
        return new Flow(FlowId.next(), seq, fund.id(), act.kind(), act.state(), null, status, amount.cash(), amount.usdMinor(), amount.rate(),
                amount.goods(), act.valueDate(), act.agreement(), act.document(), null, null, actor.describe(), at, 1);
    }

    public Views.Organisation registerOrganisation(Actor actor, FinanceCommands.RegisterOrganisation act, Instant at) {
        OrganisationPolicy.registration(actor, act.type()).orRefuse();
        return inTurn(() -> {
            if (store.organisation(act.ref()).isPresent()) {
                throw new CouncilProblem.RuleViolation("organisation-registered", act.ref() + " is already registered; an organisation "
                        + "is registered once, so its record keeps one name.");
            }
            var organisation = new Organisation(act.ref(), act.name(), act.type(), actor.describe(), at);
            store.insertOrganisation(organisation);
            events.publishEvent(new FinanceEvent.OrganisationRegistered(act.ref(), act.name(), act.type(), at, actor.describe()));
            return FundRecords.organisationView(organisation);
        });
    }

    /** An organisation's pledge or commitment, recorded by the secretariat from its document: the fund's record of it. */
    public Views.Flow recordOrganisationContribution(Actor actor, FundId fundId, FinanceCommands.OrganisationContribution act, Instant at) {
        OrganisationPolicy.contribution(actor).orRefuse();
        return inTurn(() -> {
            var fund = records.requireFund(fundId);
            var organisation = store.organisation(act.organisation()).orElseThrow(() -> new CouncilProblem.NotFound("There is no "
                    + "registered organisation " + act.organisation() + "; the secretariat registers it first."));
            var amount = amountOf(act.cash(), act.inKind(), act.valueDate());
            var flow = new Flow(FlowId.next(), store.nextFlowSeq(), fund.id(), act.kind(), null, organisation.ref(), FlowStatus.CONFIRMED,
                    amount.cash(), amount.usdMinor(), amount.rate(), amount.goods(), act.valueDate(), act.agreement(), act.document(), null,
                    null, actor.describe(), at, 1);
            return recordFlow(flow, actor, at, false, null);
        });
    }

    public Views.Flow receive(Actor actor, FundId fundId, FinanceCommands.Receipt act, Instant at) {
        FundRecordsPolicy.ruling(actor, "record receipts").orRefuse();
        return inTurn(() -> {
            var fund = records.requireFund(fundId);
            var commitment = store.flow(act.commitment()).orElseThrow(() -> new CouncilProblem.NotFound("There is no commitment "
                    + act.commitment() + "."));
            ReceiptPolicy.ruling(actor, new ReceiptPolicy.Commitment(commitment.kind(), commitment.status(),
                    commitment.fund().equals(fund.id()))).orRefuse();
            var amount = amountOf(act.cash(), act.inKind(), act.valueDate());
            var flow = new Flow(FlowId.next(), store.nextFlowSeq(), fund.id(), FlowKind.PAID, commitment.contributor(), commitment.organisation(),
                    FlowStatus.CONFIRMED,
                    amount.cash(), amount.usdMinor(), amount.rate(), amount.goods(), act.valueDate(), commitment.agreement(), act.document(),
                    null, commitment.id(), actor.describe(), at, 1);
            return recordFlow(flow, actor, at, false, null);
        });
    }

    public Views.Flow disburse(Actor actor, FundId fundId, FinanceCommands.Disbursement act, Instant at) {
        FundRecordsPolicy.ruling(actor, "record disbursements").orRefuse();
        return inTurn(() -> {
            var fund = records.requireFund(fundId);
            var project = store.project(act.project()).orElseThrow(() -> new CouncilProblem.NotFound("There is no project "
                    + act.project() + "."));
            var amount = amountOf(act.cash(), null, act.valueDate());
            var sums = store.sums(fund.id());
            DisbursementPolicy.ruling(actor, new DisbursementPolicy.Snapshot(project.fund().equals(fund.id()),
                    sums.received() - sums.disbursed(), amount.usdMinor())).orRefuse();
            var flow = new Flow(FlowId.next(), store.nextFlowSeq(), fund.id(), FlowKind.DISBURSEMENT, null, null, FlowStatus.CONFIRMED,
                    amount.cash(), amount.usdMinor(), amount.rate(), null, act.valueDate(), null, act.document(), project.id(), null,
                    actor.describe(), at, 1);
            return recordFlow(flow, actor, at, false, null);
        });
    }

    public Views.Flow confirm(Actor actor, FlowId id, Instant at) {
        return confirm(actor, id, FinanceCommands.Confirmation.UNSIGNED, at);
    }

    public Views.Flow confirm(Actor actor, FlowId id, FinanceCommands.Confirmation act, Instant at) {
        return inTurn(() -> {
            var flow = records.requireFlow(id);
            ConfirmationPolicy.ruling(actor, flow.kind(), flow.contributor() == null ? null : flow.contributor().alpha3(),
                    flow.status()).orRefuse();
            var confirmed = flow.confirmed();
            write(confirmed, actor, null, at);
            store.addToTotals(confirmed, 1);
            counted.began(confirmed, at);
            var confirmation = new FlowConfirmed(flow.fund().value(), flow.id().value(), flow.contributor().alpha3(),
                    confirmed.version(), at, actor.describe(), act.signature());
            signatures.check(confirmation, at); // only the state's own delegation confirms
            events.publishEvent(confirmation);
            return records.flowView(confirmed);
        });
    }

    public Views.Flow withdraw(Actor actor, FlowId id, FinanceCommands.Withdrawal act, Instant at) {
        return inTurn(() -> {
            var flow = records.requireFlow(id);
            String state = flow.contributor() == null ? null : flow.contributor().alpha3();
            FlowWithdrawalPolicy.ruling(actor, flow.kind(), state, flow.fromOrganisation(), flow.status()).orRefuse();
            var withdrawn = flow.withdrawn();
            write(withdrawn, actor, act.reason(), at);
            if (flow.counts()) {
                store.addToTotals(flow, -1);
                counted.ended(flow, at);
            }
            var withdrawal = new FlowWithdrawn(flow.fund().value(), flow.id().value(), state, act.reason(), withdrawn.version(), at,
                    actor.describe(), act.signature());
            if (state != null && actor.isDelegateOf(state)) { // the state's own act; the secretariat's withdrawal of its own entry is not
                signatures.check(withdrawal, at);
            }
            events.publishEvent(withdrawal);
            return records.flowView(withdrawn);
        });
    }

    /** Records what was announced for a state naming no fund: by the office that opens funds, as a statement. */
    public Views.AnnouncedContribution announceContribution(Actor actor, FinanceCommands.AnnounceContribution act, Instant at) {
        FundPolicy.ruling(actor, charter, "record announced contributions").orRefuse();
        return inTurn(() -> {
            var announced = new FinanceStore.Announced(java.util.UUID.randomUUID().toString(), act.state().alpha3(), act.amount().money(),
                    act.on(), act.by(), act.source(), actor.describe(), at);
            store.insertAnnounced(announced);
            events.publishEvent(new FinanceEvent.ContributionAnnounced(announced.id(), announced.state(), announced.amount().minorUnits(),
                    announced.amount().currency(), act.on(), act.by(), act.source(), at, actor.describe()));
            return records.announcedContributions().stream().filter(a -> a.id().equals(announced.id())).findFirst().orElseThrow();
        });
    }

    public Views.Rate recordRate(Actor actor, FinanceCommands.ExchangeRate act, Instant at) {
        FundRecordsPolicy.ruling(actor, "record exchange rates").orRefuse();
        return inTurn(() -> {
            if (!store.insertRate(act.currency(), act.on(), act.usdPerUnit(), act.source(), actor.describe(), at)) {
                throw new CouncilProblem.RuleViolation("rate-recorded", "A rate for " + act.currency() + " on " + act.on()
                        + " is already recorded; rates are never changed, so flows keep the figure they were recorded at.");
            }
            events.publishEvent(new ExchangeRateRecorded(act.currency(), act.on(), act.usdPerUnit(), act.source(), at, actor.describe()));
            return new Views.Rate(act.currency(), act.on(), act.usdPerUnit(), act.source(), actor.describe());
        });
    }

    /** What a flow amounts to: its cash (or the goods' valuation) and that in USD at the rate for the value date. */
    private record Amount(Money cash, Long usdMinor, String rate, Flow.Goods goods) {
    }

    private Amount amountOf(FinanceCommands.Cash cash, FinanceCommands.InKind inKind, java.time.LocalDate valueDate) {
        var goods = inKind == null ? null : new Flow.Goods(inKind.item(), inKind.quantity(), inKind.unit());
        var value = cash != null ? cash : inKind.valuation();
        if (value == null) {
            return new Amount(null, null, null, goods);
        }
        Money money = value.money();
        if (money.currency().equals("USD")) {
            return new Amount(money, money.minorUnits(), "1", goods);
        }
        BigDecimal rate = store.rateOn(money.currency(), valueDate).orElseThrow(() -> new CouncilProblem.RuleViolation("no-exchange-rate",
                "No USD rate for " + money.currency() + " is recorded on or before " + valueDate + "; the secretariat records one "
                        + "first, so that every figure keeps the rate it was counted at."));
        return new Amount(money, UsdEquivalent.of(money, rate), rate.toPlainString(), goods);
    }

    /** {@code own}: the state's own word (its signature, or its absence, is checked); else the fund's record or an entry on its behalf. */
    private Views.Flow recordFlow(Flow flow, Actor actor, Instant at, boolean own, org.peacecouncil.platform.ActSignature signature) {
        store.insertFlow(flow);
        store.insertVersion(flow, actor.describe(), null, at);
        if (flow.counts()) {
            store.addToTotals(flow, 1);
            counted.began(flow, at);
        }
        var recorded = recorded(flow, actor, at, own ? signature : null);
        if (own) {
            signatures.check(recorded, at);
        }
        events.publishEvent(recorded);
        return records.flowView(flow);
    }

    private static FlowRecorded recorded(Flow flow, Actor actor, Instant at, org.peacecouncil.platform.ActSignature signature) {
        var goods = flow.goods();
        return new FlowRecorded(flow.fund().value(), flow.id().value(), flow.kind().name(),
                flow.contributor() == null ? null : flow.contributor().alpha3(), flow.organisation(), flow.status().name(),
                flow.cash() == null ? null : flow.cash().minorUnits(), flow.cash() == null ? null : flow.cash().currency(), flow.usdMinor(),
                flow.usdPerUnit(), goods == null ? null : goods.item(), goods == null ? null : goods.quantity(),
                goods == null ? null : goods.unit(), flow.valueDate(), flow.agreement(), flow.document(),
                flow.project() == null ? null : flow.project().value(), flow.commitment() == null ? null : flow.commitment().value(),
                flow.version(), at, actor.describe(), signature);
    }

    private void write(Flow changed, Actor actor, String reason, Instant at) {
        if (!store.updateStatus(changed)) {
            throw new CouncilProblem.RuleViolation("conflict", "The entry changed under this request; read it again.");
        }
        store.insertVersion(changed, actor.describe(), reason, at);
    }

    private <T> T inTurn(Supplier<T> write) {
        return tx.execute(status -> {
            store.takeTurn();
            return write.get();
        });
    }
}
