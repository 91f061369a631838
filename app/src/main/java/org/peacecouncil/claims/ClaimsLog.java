package org.peacecouncil.claims;

import org.peacecouncil.ledger.EntryAppended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Where each statement's and clarification's acts are on the transparency log: noted in the act's own transaction. */
@Component
class ClaimsLog {

    private final ClaimsStore store;

    ClaimsLog(ClaimsStore store) {
        this.store = store;
    }

    @EventListener
    void on(EntryAppended appended) {
        if (appended.act() instanceof ClaimsEvent.StatementRecorded s) {
            store.noteEntry(appended.index(), s.statementId(), appended.type());
        } else if (appended.act() instanceof ClaimsEvent.StatementProposed s) {
            store.noteEntry(appended.index(), s.statementId(), appended.type());
        } else if (appended.act() instanceof ClaimsEvent.ClarificationRecorded c) {
            store.noteEntry(appended.index(), c.clarificationId(), appended.type());
        } else if (appended.act() instanceof ClaimsEvent.ClarificationConfirmed c) {
            store.noteEntry(appended.index(), c.clarificationId(), appended.type());
        }
    }
}
