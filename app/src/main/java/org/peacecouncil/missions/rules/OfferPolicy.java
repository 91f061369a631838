package org.peacecouncil.missions.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.identity.Role;
import org.peacecouncil.missions.OfferStatus;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * Only a state offers its personnel. Its own delegation's offer is OFFERED at once. The mission's office may enter
 * one on the state's behalf only with the document it comes from, and never while the state has a question open:
 * such an entry stays UNCONFIRMED and counts nowhere until the state's delegation confirms it. Nobody else can say
 * that a state offered anything.
 */
public final class OfferPolicy {

    /** What the state's record says, as far as this rule needs it. */
    public record Snapshot(String state, boolean hasDocument, int openQuestions, boolean actorRunsTheMission) {
    }

    /** The ruling, and the status the offer takes when allowed. */
    public record Decision(Ruling ruling, OfferStatus status) {
    }

    private OfferPolicy() {
    }

    public static Decision decide(Actor actor, Snapshot s) {
        if (actor.isDelegateOf(s.state())) {
            return new Decision(Ruling.allowed(), OfferStatus.OFFERED);
        }
        if (s.actorRunsTheMission() && !actor.is(Role.DELEGATE)) {
            if (s.openQuestions() > 0) {
                return new Decision(Ruling.ruleViolation("questions-open", Countries.name(s.state()) + " has " + s.openQuestions()
                        + " question" + (s.openQuestions() == 1 ? "" : "s") + " open about this mission: until they are answered, "
                        + "only its own delegation can make an offer for it."), null);
            }
            return s.hasDocument() ? new Decision(Ruling.allowed(), OfferStatus.UNCONFIRMED)
                    : new Decision(Ruling.invalid("document-required", "An offer entered on behalf of " + Countries.name(s.state())
                            + " names the document it comes from; it stays unconfirmed until the delegation of " + s.state()
                            + " confirms it."), null);
        }
        return new Decision(OwnDelegation.ruling(actor, s.state(), "offer personnel"), null);
    }
}
