package org.peacecouncil.finance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Money;
import org.springframework.stereotype.Component;

/**
 * Commitments whose value date has come and that the fund has not yet received in full: the secretariat, which records
 * receipts, has one to record or to chase. What a commitment in kind awaits is counted in its own unit.
 */
@Component
class ReceiptsToRecord implements AwaitingWork {

    private final FinanceStore store;

    ReceiptsToRecord(FinanceStore store) {
        this.store = store;
    }

    @Override
    public List<Item> forOffice(String office, Instant now) {
        if (!"SECRETARIAT".equals(office)) {
            return List.of();
        }
        var today = now.atZone(ZoneOffset.UTC).toLocalDate();
        var due = store.confirmedCommitments().stream().filter(c -> !c.valueDate().isAfter(today)).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        var received = store.receivedAgainstCommitments();
        var funds = new HashMap<String, String>();
        store.funds().forEach(f -> funds.put(f.id().value(), f.name()));
        return due.stream().map(c -> outstanding(c, received, funds.getOrDefault(c.fund().value(), "a fund"))).filter(Objects::nonNull).toList();
    }

    private static Item outstanding(Flow c, List<FinanceStore.Received> received, String fund) {
        var against = received.stream().filter(r -> r.commitment().equals(c.id().value())).toList();
        String who = c.contributor() != null ? Countries.name(c.contributor().alpha3()) : c.organisation();
        String so;
        String what;
        if (c.goods() != null) {
            long got = against.stream().mapToLong(FinanceStore.Received::quantity).sum();
            if (got >= c.goods().quantity()) {
                return null;
            }
            what = Money.grouped(c.goods().quantity()) + " " + c.goods().unit() + " of " + c.goods().item();
            so = Money.grouped(got) + " " + c.goods().unit() + " received so far";
        } else {
            long got = against.stream().filter(r -> c.cash().currency().equals(r.currency())).mapToLong(FinanceStore.Received::minorUnits).sum();
            if (got >= c.cash().minorUnits()) {
                return null;
            }
            what = c.cash().toString();
            so = new Money(got, c.cash().currency()) + " received so far";
        }
        return new Item("Receipt to record", "Commitment of " + what + " by " + who + " to " + fund,
                so + "; due from " + c.valueDate() + (c.agreement() == null ? "" : " under “" + c.agreement() + "”") + ".",
                "/workspace/finance?commitment=" + c.id().value() + "#receipts", c.valueDate().atStartOfDay(ZoneOffset.UTC).toInstant(), null);
    }
}
