package org.peacecouncil.charter;

import java.util.Map;

/**
 * A council's charter as rules. Loaded from a charter file; immutable for the life of the application.
 *
 * @param id        short name, e.g. {@code board-of-peace}
 * @param name      the charter's title
 * @param source    where it was loaded from
 * @param chairTitle what the charter calls its chair (e.g. Chairman)
 * @param membership who may join, for how long, and how membership ends
 * @param meetings  who calls meetings and approves alternates
 * @param decisions the decision rule for each kind of motion
 * @param elections how candidates are elected to offices and seats
 * @param officers  who appoints the Executive Board and for how long
 * @param finance   who opens funds and adds their projects
 * @param missions  who runs missions: establishes them, answers questions, accepts offers, records deployments
 * @param signatures which of a state's own acts must carry its delegation's signature
 */
public record Charter(String id, String name, String source, String chairTitle, MembershipRules membership,
        MeetingRules meetings, Map<MotionKind, DecisionRule> decisions, ElectionRule elections, OfficerRules officers,
        FinanceRules finance, MissionRules missions, SignatureRules signatures) {

    public DecisionRule ruleFor(MotionKind kind) {
        return decisions.get(kind);
    }

    /** How the record names an office: the chair by the charter's title for it. */
    public String nameOf(Office office) {
        return switch (office) {
            case CHAIR -> chairTitle;
            case SECRETARIAT -> "secretariat";
            case NONE -> "no one";
        };
    }
}
