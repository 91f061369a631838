package org.peacecouncil.finance;

import org.peacecouncil.ledger.EntryAppended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Where each fund's and flow's acts are on the transparency log: noted in the act's own transaction. */
@Component
class FinanceLog {

    private final FinanceStore store;

    FinanceLog(FinanceStore store) {
        this.store = store;
    }

    @EventListener
    void on(EntryAppended appended) {
        if (appended.act() instanceof FinanceEvent act) {
            String contributor = act.subjectState();
            if (contributor == null && act.flowId() != null) { // an organisation's flow (or a disbursement): its giver is the flow's
                contributor = store.flow(new FlowId(act.flowId())).map(Flow::contributorKey).orElse(null);
            }
            store.noteEntry(appended.index(), act.fundId(), act.flowId(), contributor, appended.type());
            if (act instanceof FinanceEvent.ContributionAnnounced announced) {
                store.noteAnnouncedEntry(announced.announcementId(), appended.index());
            }
            if (act.flowId() != null && contributor != null) {
                store.keepLine(act.fundId(), contributor, FundRecords.ENTRIES_PER_LINE);
            }
        }
    }
}
