package org.peacecouncil.charter;

import java.util.Set;

/**
 * Who convenes the council, who runs its sittings and who decides who may speak for a member.
 *
 * @param calledBy             the office that calls meetings
 * @param alternatesApprovedBy the office that approves an alternate sitting for a head of state or government
 * @param runBy                the offices that open and adjourn sittings and open and close votes and election rounds
 * @param observersRecordedBy  the offices that record observers (in the council and in a meeting)
 * @param longestVoteDays      the longest a vote or an election round may stay open, in days
 * @param defaulted            the fields the charter file does not state, so that their default applies
 */
public record MeetingRules(Office calledBy, Office alternatesApprovedBy, Set<Office> runBy, Set<Office> observersRecordedBy,
        int longestVoteDays, Set<String> defaulted) {

    public static final Set<Office> CHAIR_AND_SECRETARIAT = Set.of(Office.CHAIR, Office.SECRETARIAT);
    public static final int LONGEST_VOTE_DAYS = 7;

    /** The offices in {@code offices} as the record names them, e.g. "Chairman or the secretariat". */
    public static String names(Set<Office> offices, Charter charter) {
        return String.join(" or the ", java.util.stream.Stream.of(Office.CHAIR, Office.SECRETARIAT).filter(offices::contains)
                .map(charter::nameOf).toList());
    }

    /** The rules a charter without a {@code meetings} section gets. */
    public static MeetingRules defaults() {
        return new MeetingRules(Office.CHAIR, Office.CHAIR, CHAIR_AND_SECRETARIAT, CHAIR_AND_SECRETARIAT, LONGEST_VOTE_DAYS,
                Set.of("calledBy", "alternatesApprovedBy", "runBy", "observersRecordedBy", "longestVoteDays"));
    }
}
