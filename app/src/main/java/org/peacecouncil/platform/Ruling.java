package org.peacecouncil.platform;

/**
 * What a rule answers about an act: allowed, or refused with the problem's slug and a message a person can read.
 * A pure value: the policies that return it read no clock, no database and no Spring; the services that ask them
 * turn a refusal into the problem answer ({@link #orRefuse()}) before they write anything.
 */
public sealed interface Ruling {

    /** Which kind of problem a refusal is: who may not act, what the record or the charter does not allow, bad input. */
    enum Kind { NOT_PERMITTED, RULE_VIOLATION, INVALID_REQUEST }

    record Allowed() implements Ruling {
    }

    record Refused(Kind kind, String slug, String message) implements Ruling {
    }

    Ruling ALLOWED = new Allowed();

    static Ruling allowed() {
        return ALLOWED;
    }

    static Ruling notPermitted(String slug, String message) {
        return new Refused(Kind.NOT_PERMITTED, slug, message);
    }

    static Ruling ruleViolation(String slug, String message) {
        return new Refused(Kind.RULE_VIOLATION, slug, message);
    }

    static Ruling invalid(String slug, String message) {
        return new Refused(Kind.INVALID_REQUEST, slug, message);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Throws the refusal as its problem (403, 409 or 400); does nothing when the act is allowed. */
    default void orRefuse() {
        if (this instanceof Refused refused) {
            throw switch (refused.kind()) {
                case NOT_PERMITTED -> new CouncilProblem.NotPermitted(refused.slug(), refused.message());
                case RULE_VIOLATION -> new CouncilProblem.RuleViolation(refused.slug(), refused.message());
                case INVALID_REQUEST -> new CouncilProblem.InvalidRequest(refused.slug(), refused.message());
            };
        }
    }
}
