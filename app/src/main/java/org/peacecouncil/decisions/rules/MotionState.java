package org.peacecouncil.decisions.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.platform.Ruling;

/**
 * A motion's transitions, as one table: each act expects the motion in one status and leaves it in one of a few.
 * An act on a motion in another status is refused, naming the status; a write the table does not allow is a fault of
 * the code, not of the request. docs/decisions.md shows the same table, and a test holds the two together.
 */
public final class MotionState {

    /** The acts that move a motion. */
    public enum Act {
        PUT_TO_THE_VOTE("is not waiting to be put to the vote"),
        BALLOT("is not open for voting"),
        CLOSE_THE_VOTE("is not open for voting"),
        BREAK_THE_TIE("is not tied"),
        DECIDE_APPROVAL("is not awaiting approval"),
        DECIDE_BY_OFFICE("has already been decided");

        private final String otherwise;

        Act(String otherwise) {
            this.otherwise = otherwise;
        }
    }

    /** From one status to one of these. */
    public record Transition(MotionStatus from, Set<MotionStatus> to) {
    }

    public static final Map<Act, Transition> TABLE;

    static {
        var table = new EnumMap<Act, Transition>(Act.class);
        table.put(Act.PUT_TO_THE_VOTE, new Transition(MotionStatus.PROPOSED, Set.of(MotionStatus.VOTING)));
        table.put(Act.BALLOT, new Transition(MotionStatus.VOTING, Set.of(MotionStatus.VOTING)));
        table.put(Act.CLOSE_THE_VOTE, new Transition(MotionStatus.VOTING, Set.of(MotionStatus.ADOPTED, MotionStatus.REJECTED,
                MotionStatus.TIE_BREAK, MotionStatus.PENDING_APPROVAL)));
        table.put(Act.BREAK_THE_TIE, new Transition(MotionStatus.TIE_BREAK, Set.of(MotionStatus.ADOPTED, MotionStatus.REJECTED,
                MotionStatus.PENDING_APPROVAL)));
        table.put(Act.DECIDE_APPROVAL, new Transition(MotionStatus.PENDING_APPROVAL, Set.of(MotionStatus.ADOPTED,
                MotionStatus.NOT_APPROVED)));
        table.put(Act.DECIDE_BY_OFFICE, new Transition(MotionStatus.PROPOSED, Set.of(MotionStatus.ADOPTED, MotionStatus.REJECTED)));
        TABLE = Map.copyOf(table);
    }

    private MotionState() {
    }

    /** The status an act expects. */
    public static MotionStatus from(Act act) {
        return TABLE.get(act).from();
    }

    /** Allowed when the motion is where the act expects it; otherwise refused, naming where it is. */
    public static Ruling ruling(Act act, MotionStatus actual) {
        if (actual == from(act)) {
            return Ruling.allowed();
        }
        return Ruling.ruleViolation("motion-" + actual.name().toLowerCase().replace('_', '-'),
                "This motion " + act.otherwise + " (it is " + actual.name().toLowerCase().replace('_', ' ') + ").");
    }

    /** Guards a write: the act may leave the motion in {@code to}. */
    public static MotionStatus into(Act act, MotionStatus to) {
        if (!TABLE.get(act).to().contains(to)) {
            throw new IllegalStateException(act + " cannot leave a motion " + to + " (docs/decisions.md, MotionState.TABLE)");
        }
        return to;
    }
}
