package org.peacecouncil.decisions.rules;

import java.time.Duration;
import java.time.Instant;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.decisions.ElectionStatus;
import org.peacecouncil.decisions.MeetingKind;
import org.peacecouncil.decisions.MeetingStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/**
 * Elections are held by those who run the sitting, in a voting meeting not yet adjourned, with 1 to 50 candidates;
 * a round opens before the first round or between rounds, while the meeting is in session, with a candidate left
 * standing, until a deadline within the charter's longest voting window.
 */
public final class ElectionPolicy {

    public static final int MOST_CANDIDATES = 50;

    private ElectionPolicy() {
    }

    public static Ruling calling(Actor actor, int candidates, Charter charter) {
        var officer = SittingOfficers.ruling(actor, "hold an election", charter);
        if (!officer.isAllowed()) {
            return officer;
        }
        if (candidates < 1 || candidates > MOST_CANDIDATES) {
            return Ruling.invalid("candidates", "An election has between 1 and " + MOST_CANDIDATES + " candidates.");
        }
        return Ruling.allowed();
    }

    public static Ruling inMeeting(MeetingKind kind, MeetingStatus status) {
        return kind == MeetingKind.VOTING && status != MeetingStatus.ADJOURNED ? Ruling.allowed()
                : Ruling.ruleViolation("not-a-voting-sitting", "Elections are held in a voting meeting that has not been adjourned.");
    }

    /** Who opens a round and until when (checked before anything is read). */
    public static Ruling roundWindow(Actor actor, Instant closesAt, Instant at, Duration longest, Charter charter) {
        var officer = SittingOfficers.ruling(actor, "open a round of an election", charter);
        if (!officer.isAllowed()) {
            return officer;
        }
        if (closesAt == null || !closesAt.isAfter(at) || closesAt.isAfter(at.plus(longest))) {
            return Ruling.invalid("voting-window", "A round closes after it opens and within " + longest.toDays() + " days.");
        }
        return Ruling.allowed();
    }

    public static Ruling openingRound(ElectionStatus status, MeetingStatus meeting) {
        if (status != ElectionStatus.NOMINATING && status != ElectionStatus.BETWEEN_ROUNDS) {
            return Ruling.ruleViolation("election-" + status.name().toLowerCase().replace('_', '-'),
                    "A round can open only before the first round or between rounds (this election is "
                            + status.name().toLowerCase().replace('_', ' ') + ").");
        }
        if (meeting != MeetingStatus.IN_SESSION) {
            return Ruling.ruleViolation("meeting-not-in-session", "Rounds are held only while the meeting is in session.");
        }
        return Ruling.allowed();
    }

    public static Ruling standing(int candidatesStanding) {
        return candidatesStanding > 0 ? Ruling.allowed() : Ruling.ruleViolation("no-candidates", "No candidate is left standing.");
    }
}
