package org.peacecouncil.missions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/**
 * What awaits in the missions. A delegation: offers entered on its behalf, which count nowhere until it answers, and
 * answers to its questions, until it makes an offer to that mission or a month has passed. The office the charter has
 * manage missions: questions to answer and states' offers to accept.
 */
@Component
class MissionWork implements AwaitingWork {

    /** How long an answer stays in the delegation's list when it makes no offer: a reminder, not a deadline. */
    static final Duration ANSWER_LISTED = Duration.ofDays(30);

    private final MissionStore store;
    private final Charter charter;

    MissionWork(MissionStore store, Charter charter) {
        this.store = store;
        this.charter = charter;
    }

    private static String href(Mission m, String anchor) {
        return "/workspace/missions?mission=" + m.id().value() + "#" + anchor;
    }

    @Override
    public List<Item> forDelegation(StateCode state, Instant now) {
        var items = new ArrayList<Item>();
        for (Mission m : store.missions()) {
            var offers = store.offersOf(m.id(), state);
            for (Offer o : offers) {
                if (o.status() == OfferStatus.UNCONFIRMED) {
                    items.add(new Item("Entered on your behalf", "Offer to " + m.name() + ": " + personnel(o),
                            "From “" + o.document() + "”, entered by " + o.recordedBy() + ". It counts nowhere until your delegation confirms it.",
                            href(m, "on-behalf"), o.recordedAt(), null));
                }
            }
            for (MissionQuestion q : store.questions(m.id())) {
                if (!q.state().equals(state) || q.isOpen() || q.answeredAt().plus(ANSWER_LISTED).isBefore(now)) {
                    continue;
                }
                boolean offeredSince = offers.stream().anyMatch(o -> o.status() != OfferStatus.UNCONFIRMED && o.offeredAt() != null
                        && !o.offeredAt().isBefore(q.answeredAt()));
                if (!offeredSince) {
                    items.add(new Item("Question answered", m.name() + ": “" + q.text() + "”", "Answered by " + q.answeredBy() + ": “" + q.answer() + "”",
                            href(m, "my-questions"), q.answeredAt(), null));
                }
            }
        }
        return items;
    }

    @Override
    public List<Item> forOffice(String office, Instant now) {
        if (!charter.missions().managedBy().name().equals(office)) {
            return List.of();
        }
        var items = new ArrayList<Item>();
        for (Mission m : store.missions()) {
            for (MissionQuestion q : store.questions(m.id())) {
                if (q.isOpen()) {
                    items.add(new Item("Question to answer", m.name() + ": “" + q.text() + "”",
                            "Asked by " + Countries.name(q.state().alpha3()) + (q.confidential() ? ", in confidence" : "") + ".",
                            href(m, "answer-" + q.id().value()), q.filedAt(), null));
                }
            }
            for (Offer o : store.offers(m.id())) {
                if (o.status() == OfferStatus.OFFERED) {
                    items.add(new Item("Offer to accept", m.name() + ": " + Countries.name(o.state().alpha3()) + ", " + personnel(o),
                            "Offered by the state's delegation" + (o.caveats().isEmpty() ? "" : ", with " + o.caveats().size() + " national caveat(s)") + ".",
                            href(m, "to-accept"), o.offeredAt() != null ? o.offeredAt() : o.recordedAt(), null));
                }
            }
        }
        return items;
    }

    private static String personnel(Offer o) {
        var parts = new ArrayList<String>();
        o.personnel().forEach((type, n) -> parts.add(n + " " + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return parts.isEmpty() ? "no personnel" : String.join(", ", parts);
    }
}
