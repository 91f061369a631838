package org.peacecouncil.claims;

import java.time.Instant;
import java.util.List;

import org.peacecouncil.platform.Money;

/**
 * One state's records that bear on an assertion, each with the time from which the record said it (and, where it
 * stopped saying it, until when), so that a rule can read them as they stood at any time. Loaded from the other
 * modules' published records; the rules only read it.
 */
public record Evidence(String state, String stateName, Membership membership, List<FlowRecord> flows, List<OfferRecord> offers,
        List<QuestionRecord> questions, Ended ended, List<BallotRecord> ballots, List<AttendanceRecord> attendance,
        List<Position> positions, List<Standing> standings) {

    public Evidence {
        flows = List.copyOf(flows);
        standings = standings.stream().sorted(java.util.Comparator.comparing(Standing::since).thenComparingLong(Standing::change)).toList();
        offers = List.copyOf(offers);
        questions = List.copyOf(questions);
        ballots = List.copyOf(ballots);
        attendance = List.copyOf(attendance);
        positions = List.copyOf(positions);
    }

    /** The state's membership: since when (recorded), until when, whether founding; null if it never was a member. */
    public record Membership(Instant since, Instant until, boolean founding, String href) {
    }

    /**
     * What the state's counted flows to the assertion's fund added up to from {@code since} on (after its
     * {@code change}-th change there): how many counted, by kind, their value in the assertion's currency (zero when it
     * states no amount), and the latest time one of them began to count. The evidence holds the standings at the
     * times asked and at every time the rule's answer could have changed in between, not necessarily every change.
     */
    public record Standing(Instant since, long change, long pledges, long commitments, long receipts, long pledged, long committed,
            long received, Instant latestFrom) {
        public static final Standing NONE = new Standing(Instant.MIN, 0, 0, 0, 0, 0, 0, 0, null);

        public long counted() {
            return pledges + commitments + receipts;
        }
    }

    /** The standing at {@code at}: the latest one held from then or before; none before the first. */
    public Standing standingAt(Instant at) {
        int low = 0;
        int high = standings.size() - 1;
        Standing found = Standing.NONE;
        while (low <= high) { // the last held from {@code at} or before, in a list that can hold every change
            int mid = (low + high) >>> 1;
            if (standings.get(mid).since().isAfter(at)) {
                high = mid - 1;
            } else {
                found = standings.get(mid);
                low = mid + 1;
            }
        }
        return found;
    }

    /**
     * A flow of the state to a fund: its kind (PLEDGE, COMMITMENT, PAID), amount and when it counted. The evidence
     * names the first of them that counted at the times asked, not all.
     */
    public record FlowRecord(String id, String fund, String kind, Money cash, Money usdEquivalent, String goods, Instant countedFrom,
            Instant countedUntil, List<Long> logEntries) {
        public boolean countsAt(Instant at) {
            return countedFrom != null && !countedFrom.isAfter(at) && (countedUntil == null || countedUntil.isAfter(at));
        }
    }

    /** An offer of the state to a mission, by personnel type: from when it was the state's, until it was withdrawn. */
    public record OfferRecord(String id, String mission, int personnel, String what, Instant offeredAt, Instant acceptedAt,
            Instant withdrawnAt, List<Long> logEntries) {
        public boolean standsAt(Instant at) {
            return offeredAt != null && !offeredAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at));
        }
    }

    /** A question the state asked about a mission: open from when filed until answered. */
    public record QuestionRecord(String mission, Instant filedAt, Instant answeredAt, List<Long> logEntries) {
        public boolean openAt(Instant at) {
            return !filedAt.isAfter(at) && (answeredAt == null || answeredAt.isAfter(at));
        }
    }

    /** The state declined to take part in, or withdrew from, a mission (status DECLINED or WITHDRAWN) since then. */
    public record Ended(String mission, String status, Instant since) {
    }

    /** The state's ballot on a motion, as cast (its latest). */
    public record BallotRecord(String motion, String vote, Instant castAt, String href) {
    }

    /** The state's attendance at a meeting, as registered. */
    public record AttendanceRecord(String meeting, String status, Instant at, String href) {
    }

    /**
     * What the state itself said of its position, in a clarification its delegation made or confirmed: the assertion
     * it affirms or denies, from when the record holds it.
     */
    public record Position(Assertion assertion, boolean affirms, String clarification, String words, Instant since,
            List<Long> logEntries) {
    }
}
