package org.peacecouncil.decisions.rules;

import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.platform.Ruling;

/** A motion's transitions: an act expects the motion in one status, and is refused (naming the status) otherwise. */
public final class MotionState {

    private MotionState() {
    }

    /** {@code otherwise}: what the motion is not, e.g. "is not open for voting". */
    public static Ruling expect(MotionStatus actual, MotionStatus expected, String otherwise) {
        if (actual == expected) {
            return Ruling.allowed();
        }
        return Ruling.ruleViolation("motion-" + actual.name().toLowerCase().replace('_', '-'),
                "This motion " + otherwise + " (it is " + actual.name().toLowerCase().replace('_', ' ') + ").");
    }
}
