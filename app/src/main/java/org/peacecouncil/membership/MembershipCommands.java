package org.peacecouncil.membership;

import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Texts;

/**
 * The membership acts that carry content, one self-validating record each, shared by the API (as its request body)
 * and the pages (built from a form): a record that exists is well formed — a known state, texts within their one
 * limit — so the service only asks the charter's rules. Acts that carry nothing but an id (consent, decline,
 * renewal, veto) take the id alone.
 */
public final class MembershipCommands {

    private MembershipCommands() {
    }

    /** The office the charter names invites a state, with an optional note. */
    public record Invite(String state, String note) {
        public Invite {
            state = stateCode(state);
            note = Texts.optional(note, "note", 2000);
        }
    }

    /** A state's own delegation gives written notice of withdrawal, with the notice's text. */
    public record Withdraw(String notice) {
        public Withdraw {
            notice = Texts.optional(notice, "notice", 4000);
        }
    }

    /** The office the charter names proposes a member's removal, for a stated reason. */
    public record ProposeRemoval(String state, String reason) {
        public ProposeRemoval {
            state = stateCode(state);
            reason = Texts.optional(reason, "reason", 4000);
            if (reason == null) {
                throw new InvalidRequest("reason-required", "reason: a removal needs a stated reason.");
            }
        }
    }

    /** An observer: a state that is not a member, or an organisation (exactly one of them), with an optional note. */
    public record RecordObserver(String state, String organisation, String note) {
        public RecordObserver {
            organisation = Texts.optional(organisation, "organisation", 200);
            state = state == null || state.isBlank() ? null : Countries.require(state).alpha3();
            note = Texts.optional(note, "note", 2000);
        }
    }

    private static String stateCode(String state) {
        if (state == null || state.isBlank()) {
            throw new InvalidRequest("missing-field", "state: give the state's ISO 3166-1 alpha-3 code.");
        }
        return Countries.require(state).alpha3();
    }
}
