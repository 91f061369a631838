package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.decisions.DecisionEvent.AlternateDecided;
import org.peacecouncil.decisions.DecisionEvent.AttendanceRegistered;
import org.peacecouncil.decisions.DecisionEvent.MeetingAdjourned;
import org.peacecouncil.decisions.DecisionEvent.MeetingCalled;
import org.peacecouncil.decisions.DecisionEvent.MeetingOpened;
import org.peacecouncil.decisions.rules.AlternatePolicy;
import org.peacecouncil.decisions.rules.AttendancePolicy;
import org.peacecouncil.decisions.rules.MeetingObserverPolicy;
import org.peacecouncil.decisions.DecisionStore.AttendanceRow;
import org.peacecouncil.decisions.DecisionStore.MeetingRow;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.MemberRecords;
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.CouncilProblem.NotFound;
import org.peacecouncil.platform.CouncilProblem.RuleViolation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings of the council: called by the office the charter names, run by the Chair or the secretariat, attended
 * by member delegations (their head of state or government, or an alternate the charter's office approved) and
 * by observers, who never vote.
 */
@Service
public class Meetings {


    private final DecisionStore store;
    private final Charter charter;
    private final Offices offices;
    private final MemberRecords members;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final DecisionLog log;
    private final Motions motions;
    private final Elections elections;

    Meetings(DecisionStore store, Charter charter, Offices offices, MemberRecords members, ApplicationEventPublisher events,
            TransactionTemplate tx, DecisionLog log, Motions motions, Elections elections) {
        this.log = log;
        this.elections = elections;
        this.motions = motions;
        this.store = store;
        this.charter = charter;
        this.offices = offices;
        this.members = members;
        this.events = events;
        this.tx = tx;
    }

    public Views.Meeting call(Actor actor, DecisionCommands.CallMeeting act, Instant at) {
        offices.require(actor, charter.meetings().calledBy(), "call meetings");
        var row = new MeetingRow(MeetingId.next().value(), act.kind(), act.title(), act.place(), act.startsAt(), MeetingStatus.CALLED,
                actor.username(), null, null);
        inTransaction(() -> {
            store.insertMeeting(row, act.agenda(), at);
            events.publishEvent(new MeetingCalled(row.id(), act.kind().name(), act.title(), act.place(), act.startsAt(), act.agenda(),
                    null, at, actor.describe()));
            return null;
        });
        return meeting(new MeetingId(row.id()));
    }

    /** The sitting opens: delegations may now vote on motions put to the vote. */
    public Views.Meeting open(Actor actor, MeetingId id, Instant at) {
        String meetingId = id.value();
        offices.requireOfficer(actor, "open a sitting");
        inTransaction(() -> {
            lock(meetingId);
            if (!store.moveMeeting(meetingId, MeetingStatus.CALLED, MeetingStatus.IN_SESSION, at)) {
                throw new RuleViolation("meeting-not-called", "This meeting is " + describe(meetingId) + "; only a called meeting can open.");
            }
            events.publishEvent(new MeetingOpened(meetingId, null, at, actor.describe()));
            return null;
        });
        return meeting(id);
    }

    public Views.Meeting adjourn(Actor actor, MeetingId id, Instant at) {
        String meetingId = id.value();
        offices.requireOfficer(actor, "adjourn a sitting");
        inTransaction(() -> {
            lock(meetingId);
            boolean voteOpen = store.motionsOf(meetingId).stream().anyMatch(m -> m.status() == MotionStatus.VOTING)
                    || store.elections(meetingId).stream().anyMatch(e -> e.status() == ElectionStatus.VOTING);
            if (voteOpen) {
                throw new RuleViolation("vote-open", "A vote is still open in this meeting; close it before adjourning.");
            }
            if (!store.moveMeeting(meetingId, MeetingStatus.IN_SESSION, MeetingStatus.ADJOURNED, at)) {
                throw new RuleViolation("meeting-not-in-session", "This meeting is " + describe(meetingId) + "; only a sitting can be adjourned.");
            }
            events.publishEvent(new MeetingAdjourned(meetingId, null, at, actor.describe()));
            return null;
        });
        return meeting(id);
    }

    /**
     * A member state's own delegation says who represents it. A head of state or government is present at once;
     * an alternate waits for the approval of the office the charter names.
     */
    public Views.Meeting attend(Actor actor, MeetingId id, DecisionCommands.RegisterAttendance act, Instant at) {
        String meetingId = id.value();
        String state = act.state().alpha3();
        Capacity capacity = act.capacity();
        AttendancePolicy.who(actor, state, capacity).orRefuse();
        String person = act.representative();
        inTransaction(() -> {
            var meeting = lock(meetingId);
            AttendancePolicy.ruling(state, meeting.status(), members.isMember(StateCode.of(state))).orRefuse();
            var status = AttendancePolicy.statusOf(capacity);
            store.upsertAttendance(new AttendanceRow(meetingId, state, state, capacity, person, status, actor.username(), null), at);
            events.publishEvent(new AttendanceRegistered(meetingId, state, capacity.name(), person, status.name(), state, at,
                    actor.describe()));
            return null;
        });
        return meeting(id);
    }

    /** An observer state or organisation sits in the meeting; it never votes. Recorded by the Chair or the secretariat. */
    public Views.Meeting observe(Actor actor, MeetingId id, DecisionCommands.RecordMeetingObserver act, Instant at) {
        String meetingId = id.value();
        MeetingObserverPolicy.office(actor, charter).orRefuse();
        String state = act.state() == null ? null : act.state().alpha3();
        String org = act.organisation();
        MeetingObserverPolicy.who(actor, state, org, charter).orRefuse();
        String person = act.representative();
        inTransaction(() -> {
            var meeting = lock(meetingId);
            MeetingObserverPolicy.ruling(state, meeting.status(), state != null && members.isMember(StateCode.of(state))).orRefuse();
            String attendee = state != null ? state : org;
            store.upsertAttendance(new AttendanceRow(meetingId, attendee, state, Capacity.OBSERVER, person, AttendanceStatus.PRESENT,
                    actor.username(), null), at);
            events.publishEvent(new AttendanceRegistered(meetingId, attendee, Capacity.OBSERVER.name(), person,
                    AttendanceStatus.PRESENT.name(), state, at, actor.describe()));
            return null;
        });
        return meeting(id);
    }

    /** The office the charter names approves (or refuses) an alternate sitting for a head of state or government. */
    public Views.Meeting decideAlternate(Actor actor, MeetingId id, StateCode alternateOf, DecisionCommands.DecideAlternate act,
            Instant at) {
        String meetingId = id.value();
        boolean approve = act.approve();
        AlternatePolicy.who(actor, charter).orRefuse();
        String state = alternateOf.alpha3();
        inTransaction(() -> {
            lock(meetingId);
            var attendance = store.attendanceOf(meetingId, state)
                    .orElseThrow(() -> new NotFound(Countries.name(state) + " has not registered for this meeting."));
            AlternatePolicy.ruling(state, attendance.status()).orRefuse();
            if (!store.decideAttendance(meetingId, state, approve ? AttendanceStatus.PRESENT : AttendanceStatus.NOT_APPROVED,
                    actor.username())) {
                AlternatePolicy.ruling(state, store.attendanceOf(meetingId, state).orElseThrow().status()).orRefuse();
            }
            events.publishEvent(new AlternateDecided(meetingId, attendance.representative(), approve, state, at, actor.describe()));
            return null;
        });
        return meeting(id);
    }

    // ------------------------------------------------------------------ reading

    public List<Views.MeetingSummary> meetings() {
        return store.meetings().stream()
                .map(m -> new Views.MeetingSummary(m.id(), m.kind(), m.title(), m.place(), m.startsAt(), m.status()))
                .toList();
    }

    public Views.Meeting meeting(MeetingId id) {
        String meetingId = id.value();
        var m = store.meeting(meetingId).orElseThrow(() -> new NotFound("No meeting " + meetingId + "."));
        var attendance = store.attendance(meetingId).stream()
                .map(a -> new Views.Attendance(a.attendee(), a.state(), a.state() == null ? a.attendee() : Countries.name(a.state()),
                        a.capacity(), a.representative(), a.status(), a.registeredBy(), a.decidedBy()))
                .toList();
        var motions = store.motionsOf(meetingId).stream().map(this.motions::summaryAsOfNow).toList();
        var elections = store.elections(meetingId).stream().map(e -> this.elections.summaryAsOfNow(e.id())).toList();
        return new Views.Meeting(m.id(), m.kind(), m.title(), m.place(), m.startsAt(), m.status(), m.calledBy(), m.openedAt(),
                m.adjournedAt(), store.agenda(meetingId), attendance, motions, elections, log.ofMeeting(meetingId));
    }

    private MeetingRow lock(String meetingId) {
        if (!store.lockMeeting(meetingId)) {
            throw new NotFound("No meeting " + meetingId + ".");
        }
        return store.meeting(meetingId).orElseThrow();
    }

    private String describe(String meetingId) {
        return store.meeting(meetingId).map(m -> m.status().name().toLowerCase().replace('_', ' ')).orElse("unknown");
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
