package org.peacecouncil.finance;

import java.time.Instant;
import java.util.List;

import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/** Pledges and commitments the secretariat entered on a state's behalf: they count nowhere until its delegation answers. */
@Component
class EntriesAwaitingConfirmation implements AwaitingWork {

    private final FinanceStore store;

    EntriesAwaitingConfirmation(FinanceStore store) {
        this.store = store;
    }

    @Override
    public List<Item> forDelegation(StateCode state, Instant now) {
        var awaiting = store.unconfirmedFlowsOf(state);
        if (awaiting.isEmpty()) {
            return List.of();
        }
        var funds = new java.util.HashMap<String, String>();
        store.funds().forEach(f -> funds.put(f.id().value(), f.name()));
        return awaiting.stream()
                .map(f -> new Item("Entered on your behalf", f.kind().name().charAt(0) + f.kind().name().substring(1).toLowerCase()
                        + " of " + (f.cash() != null ? f.cash() : f.goods().quantity() + " " + f.goods().unit() + " of " + f.goods().item())
                        + " to " + funds.getOrDefault(f.fund().value(), "a fund"),
                        "From “" + f.document() + "”, entered by " + f.recordedBy() + ". It counts nowhere until your delegation confirms it.",
                        "/workspace/finance#awaiting", f.recordedAt(), null))
                .toList();
    }
}
