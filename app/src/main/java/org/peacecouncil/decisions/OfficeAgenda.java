package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.Office;
import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.Countries;
import org.springframework.stereotype.Component;

/**
 * What awaits an office in the meetings, by the offices the charter names: a motion's approval, a tie-break, an
 * alternate's seat, for the office that decides them; sittings due to open and votes open, for those who run sittings.
 */
@Component
class OfficeAgenda implements AwaitingWork {

    private final DecisionStore store;
    private final Charter charter;

    OfficeAgenda(DecisionStore store, Charter charter) {
        this.store = store;
        this.charter = charter;
    }

    @Override
    public List<Item> forOffice(String officeName, Instant now) {
        var office = Office.valueOf(officeName);
        var items = new ArrayList<Item>();
        for (Motion m : store.motionsIn(MotionStatus.PENDING_APPROVAL)) {
            if (charter.ruleFor(m.kind()).approvalBy() == office) {
                items.add(new Item("Approval", m.title(), "Adopted by vote; it takes effect only with your approval.", "/motions/" + m.id().value(),
                        m.closedAt(), null));
            }
        }
        for (Motion m : store.motionsIn(MotionStatus.TIE_BREAK)) {
            if (charter.ruleFor(m.kind()).tieBreak() == office) {
                items.add(new Item("Tie-break", m.title(), "The vote is tied: your vote decides.", "/motions/" + m.id().value(), m.closedAt(), null));
            }
        }
        if (charter.meetings().alternatesApprovedBy() == office) {
            for (var a : store.alternatesAwaitingApproval()) {
                var meeting = store.meeting(a.meetingId());
                items.add(new Item("Alternate awaits approval", Countries.name(a.state()) + ": " + a.representative(),
                        "To sit for the head of state or government" + meeting.map(mt -> " at “" + mt.title() + "”").orElse("") + ".",
                        "/meetings/" + a.meetingId(), meeting.map(DecisionStore.MeetingRow::startsAt).orElse(null), null));
            }
        }
        if (charter.meetings().runBy().contains(office)) {
            for (var meeting : store.meetings()) {
                if (meeting.status() == MeetingStatus.CALLED && !meeting.startsAt().isAfter(now)) {
                    items.add(new Item("Sitting to open", meeting.title(), "Called for " + meeting.startsAt().toString().substring(0, 16)
                            .replace('T', ' ') + " UTC, at " + meeting.place() + ".", "/meetings/" + meeting.id(), meeting.startsAt(), null));
                }
            }
            for (Motion m : store.motionsVotingAt(now)) {
                items.add(new Item("Vote open", m.title(), "You may close it before its deadline; the calendar closes it then.",
                        "/motions/" + m.id().value(), m.openedAt(), m.closesAt()));
            }
        }
        return items;
    }
}
