package org.peacecouncil.finance;

import java.time.LocalDate;
import java.util.List;

import org.peacecouncil.membership.CashContributions;
import org.peacecouncil.platform.Money;
import org.springframework.stereotype.Component;

/**
 * What a state gave, as the funds recorded it, for membership's permanence assessment: confirmed flows only, each
 * with its kind — a pledge and a commitment are promises, PAID in cash is money received, goods are goods. Only
 * flows the state itself made or confirmed, or receipts against those, are confirmed.
 */
@Component
class FinanceContributions implements CashContributions {

    private final FinanceStore store;

    FinanceContributions(FinanceStore store) {
        this.store = store;
    }

    @Override
    public List<Contribution> of(String state, LocalDate from, LocalDate until) {
        var funds = new java.util.HashMap<FundId, String>();
        return store.confirmedFlowsOf(state, from, until).stream()
                .map(f -> contribution(f, funds.computeIfAbsent(f.fund(), id -> store.fund(id).map(Fund::name).orElse(id.value()))))
                .toList();
    }

    private static Contribution contribution(Flow flow, String fundName) {
        Kind kind = switch (flow.kind()) {
            case PLEDGE -> Kind.PLEDGE;
            case COMMITMENT -> Kind.COMMITMENT;
            case PAID, DISBURSEMENT -> flow.goods() == null ? Kind.CASH_RECEIVED : Kind.IN_KIND_RECEIVED;
        };
        Money usd = flow.usdMinor() == null ? null : new Money(flow.usdMinor(), "USD");
        var goods = flow.goods();
        String what = fundName + ": " + flow.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (goods == null ? "" : ", " + String.format(java.util.Locale.ROOT, "%,d", goods.quantity()) + " " + goods.unit() + " of " + goods.item());
        return new Contribution(kind, flow.cash(), usd, flow.valueDate(), what, "/api/v1/flows/" + flow.id());
    }
}
