package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;
import org.peacecouncil.platform.Timestamps;

/**
 * The decision acts that carry content, one self-validating record each, shared by the API (as its request body,
 * under the schema name the API document has always used) and the pages (built from a form): a record that exists is
 * well formed — required fields given, known states, texts within their one limit — so the services only ask the
 * charter's rules. Acts that carry nothing but an id (opening and adjourning a sitting, closing a vote or a round) take
 * the typed id alone.
 */
public final class DecisionCommands {

    /** An agenda longer than this is a mistake, not a meeting. */
    static final int MAX_AGENDA_ITEMS = 50;

    private DecisionCommands() {
    }

    @Schema(name = "MeetingRequest")
    public record CallMeeting(MeetingKind kind, String title, String place, Instant startsAt, List<String> agenda) {
        public CallMeeting {
            if (kind == null || startsAt == null) {
                throw new InvalidRequest("missing-field", "Give the meeting's kind (VOTING or CONSULTATIVE) and when it starts.");
            }
            Timestamps.sane(startsAt, "startsAt");
            title = Texts.required(title, "title", 300);
            place = Texts.required(place, "place", 300);
            agenda = agenda == null ? List.of() : agenda.stream().map(i -> Texts.required(i, "agenda item", 1000)).toList();
            if (agenda.size() > MAX_AGENDA_ITEMS) {
                throw new InvalidRequest("agenda-too-long", "An agenda may have at most " + MAX_AGENDA_ITEMS + " items.");
            }
        }
    }

    /** A member delegation says who represents its state. */
    @Schema(name = "AttendanceRequest")
    public record RegisterAttendance(StateCode state, Capacity capacity, String representative) {
        public RegisterAttendance {
            required(state, "state", "the state's ISO 3166-1 alpha-3 code");
            required(capacity, "capacity", "HEAD_OF_STATE_OR_GOVERNMENT or ALTERNATE");
            representative = Texts.required(representative, "representative", 200);
        }
    }

    /** An observer state or organisation sits in a meeting. */
    @Schema(name = "MeetingObserverRequest")
    public record RecordMeetingObserver(StateCode state, String organisation, String representative) {
        public RecordMeetingObserver {
            organisation = Texts.optional(organisation, "organisation", 200);
            representative = Texts.required(representative, "representative", 200);
        }

        /** From a form's fields: a blank state is none. */
        public static RecordMeetingObserver of(String state, String organisation, String representative) {
            return new RecordMeetingObserver(StateCode.given(state), organisation, representative);
        }
    }

    @Schema(name = "AlternateApprovalRequest")
    public record DecideAlternate(Boolean approve) {
        public DecideAlternate {
            required(approve, "approve", "true or false");
        }
    }

    /** A motion, or with {@code amends} an amendment (whose kind is its motion's). */
    @Schema(name = "MotionRequest")
    public record TableMotion(MotionKind kind, String title, String text, MotionId amends) {
        public TableMotion {
            title = Texts.required(title, "title", 300);
            text = Texts.required(text, "text", 20_000);
        }

        /** From a form's fields: a blank amended motion is none. */
        public static TableMotion of(MotionKind kind, String title, String text, String amends) {
            return new TableMotion(kind, title, text, amends == null || amends.isBlank() ? null : new MotionId(amends));
        }
    }

    /** When the vote closes: an instant, or a number of minutes from the moment it opens. */
    @Schema(name = "VotingRequest")
    public record PutToTheVote(Instant closesAt, Integer minutes) {
        public PutToTheVote {
            Timestamps.sane(closesAt, "closesAt");
            checkMinutes(minutes);
        }

        /** The deadline, for a vote opened {@code now}; null when neither was given (the policy says so). */
        public Instant closesAt(Instant now) {
            return deadline(closesAt, minutes, now);
        }
    }

    /** A delegation's ballot for its state ({@code state} may be left out: the delegate's own). */
    @Schema(name = "MotionBallotRequest")
    public record CastBallot(StateCode state, Vote vote, String explanation, ActSignature signature) {
        public CastBallot {
            required(vote, "vote", "YES, NO or ABSTAIN");
            explanation = Texts.optional(explanation, "explanation of vote", 4000);
        }

        public CastBallot(StateCode state, Vote vote, String explanation) {
            this(state, vote, explanation, null);
        }
    }

    @Schema(name = "TieBreakRequest")
    public record BreakTie(Vote vote) {
        public BreakTie {
            required(vote, "vote", "YES or NO");
        }
    }

    @Schema(name = "MotionApprovalRequest")
    public record DecideApproval(Boolean approve) {
        public DecideApproval {
            required(approve, "approve", "true or false");
        }
    }

    @Schema(name = "DecisionRequest")
    public record DecideByOffice(Boolean adopt) {
        public DecideByOffice {
            required(adopt, "adopt", "true or false");
        }
    }

    /** A candidate: a person's name, a state, or both (a state alone stands under its name). */
    public record Nominee(String name, String state) {
    }

    @Schema(name = "ElectionRequest")
    public record CallElection(MeetingId meetingId, String seat, List<Nominee> candidates) {
        public CallElection {
            required(meetingId, "meetingId", "the meeting's id");
            seat = Texts.required(seat, "seat or office", 300);
            candidates = candidates == null ? List.of() : candidates.stream().map(c -> {
                if (c == null) {
                    throw new InvalidRequest("candidates", "A candidate is missing from the list.");
                }
                return c;
            }).toList();
        }
    }

    /** The next round's deadline, and candidates who stand down first. */
    @Schema(name = "RoundRequest")
    public record OpenRound(Instant closesAt, Integer minutes, List<String> withdrawn) {
        public OpenRound {
            Timestamps.sane(closesAt, "closesAt");
            checkMinutes(minutes);
            withdrawn = withdrawn == null ? List.of() : withdrawn.stream().map(w -> {
                if (w == null || w.isBlank()) {
                    throw new InvalidRequest("candidates", "withdrawn: name each candidate by its id.");
                }
                return w;
            }).toList();
        }

        public Instant closesAt(Instant now) {
            return deadline(closesAt, minutes, now);
        }
    }

    /** {@code candidate}: the candidate's id, or null to abstain. */
    @Schema(name = "ElectionBallotRequest")
    public record CastElectionBallot(StateCode state, String candidate, ActSignature signature) {
        public CastElectionBallot(StateCode state, String candidate) {
            this(state, candidate, null);
        }
    }

    /** An instant given, or so many minutes from {@code now}, or null when neither was given. */
    private static Instant deadline(Instant closesAt, Integer minutes, Instant now) {
        return closesAt != null ? closesAt : minutes != null ? now.plusSeconds(60L * minutes) : null;
    }

    /** A vote's length in minutes: at least one, and no more than a year's (the charter's longest window applies after). */
    private static void checkMinutes(Integer minutes) {
        if (minutes != null && (minutes < 1 || minutes > 366 * 24 * 60)) {
            throw new InvalidRequest("bad-minutes", "minutes: give a number of minutes from 1 to " + 366 * 24 * 60 + ".");
        }
    }

    private static void required(Object value, String field, String what) {
        if (value == null) {
            throw new InvalidRequest("missing-field", field + ": give " + what + ".");
        }
    }
}
