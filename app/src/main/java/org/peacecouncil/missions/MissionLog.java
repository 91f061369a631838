package org.peacecouncil.missions;

import org.peacecouncil.ledger.EntryAppended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where each mission's acts are on the transparency log, by the record each is about (the mission, a mandate
 * version, a question, an offer): noted in the act's own transaction. One entry that files many questions links to
 * each of them.
 */
@Component
class MissionLog {

    private final MissionStore store;

    MissionLog(MissionStore store) {
        this.store = store;
    }

    @EventListener
    void on(EntryAppended appended) {
        if (!(appended.act() instanceof MissionEvent act)) {
            return;
        }
        if (act instanceof MissionEvent.QuestionsFiled filed) {
            for (var q : filed.questions()) {
                note(appended, act, q.questionId());
            }
            return;
        }
        note(appended, act, subject(act));
    }

    private void note(EntryAppended appended, MissionEvent act, String subject) {
        store.noteEntry(appended.index(), act.missionId(), act.subjectState(), subject, appended.type());
    }

    private static String subject(MissionEvent act) {
        if (act instanceof MissionEvent.MandateIssued m) {
            return m.missionId() + "#" + m.mandateVersion();
        }
        if (act instanceof MissionEvent.QuestionAnswered q) {
            return q.questionId();
        }
        if (act instanceof MissionEvent.OfferRecorded o) {
            return o.offerId();
        }
        if (act instanceof MissionEvent.OfferConfirmed o) {
            return o.offerId();
        }
        if (act instanceof MissionEvent.OfferAccepted o) {
            return o.offerId();
        }
        if (act instanceof MissionEvent.DeploymentRecorded d) {
            return d.offerId();
        }
        if (act instanceof MissionEvent.NationalCaveatsDeclared c) {
            return caveatsSubject(c.state());
        }
        if (act instanceof MissionEvent.MissionReportFiled r) {
            return reportSubject(r.dueOn());
        }
        return act.missionId();
    }

    /** The subject under which a state's declared caveats are on the log. */
    static String caveatsSubject(String state) {
        return "caveats:" + state;
    }

    /** The subject under which the report due on a date is on the log. */
    static String reportSubject(java.time.LocalDate dueOn) {
        return "report:" + dueOn;
    }
}
