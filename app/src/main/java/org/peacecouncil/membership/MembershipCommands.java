package org.peacecouncil.membership;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;

/**
 * The membership acts that carry content, one self-validating record each, shared by the API (as its request body)
 * and the pages (built from a form): a record that exists is well formed — a known state, texts within their one
 * limit — so the service only asks the charter's rules. Acts that carry nothing but an id (consent, decline,
 * renewal, veto) take the typed id alone.
 */
public final class MembershipCommands {

    private MembershipCommands() {
    }

    /** The office the charter names invites a state, with an optional note. */
    public record Invite(StateCode state, String note) {
        public Invite {
            required(state);
            note = Texts.optional(note, "note", 2000);
        }

        /** From a form's fields. */
        public static Invite of(String state, String note) {
            return new Invite(StateCode.given(state), note);
        }
    }

    /** A state's own delegation gives written notice of withdrawal, with the notice's text. */
    public record Withdraw(String notice, ActSignature signature) {
        public Withdraw {
            notice = Texts.optional(notice, "notice", 4000);
        }

        public Withdraw(String notice) {
            this(notice, null);
        }
    }

    /** The invited state's consent to be bound by the charter, signed by its delegation or not. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ConsentRequest")
    public record Consent(ActSignature signature) {
        public static final Consent UNSIGNED = new Consent(null);
    }

    /** The invited state's refusal of its invitation. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DeclineRequest")
    public record Decline(ActSignature signature) {
        public static final Decline UNSIGNED = new Decline(null);
    }

    /** A member state's veto of a removal. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "VetoRequest")
    public record Veto(ActSignature signature) {
        public static final Veto UNSIGNED = new Veto(null);
    }

    /** The office the charter names proposes a member's removal, for a stated reason. */
    public record ProposeRemoval(StateCode state, String reason) {
        public ProposeRemoval {
            required(state);
            reason = Texts.optional(reason, "reason", 4000);
            if (reason == null) {
                throw new InvalidRequest("reason-required", "reason: a removal needs a stated reason.");
            }
        }

        /** From a form's fields. */
        public static ProposeRemoval of(String state, String reason) {
            return new ProposeRemoval(StateCode.given(state), reason);
        }
    }

    /** An observer: a state that is not a member, or an organisation (exactly one of them), with an optional note. */
    public record RecordObserver(StateCode state, String organisation, String note) {
        public RecordObserver {
            organisation = Texts.optional(organisation, "organisation", 200);
            note = Texts.optional(note, "note", 2000);
        }

        /** From a form's fields: a blank state is none. */
        public static RecordObserver of(String state, String organisation, String note) {
            return new RecordObserver(StateCode.given(state), organisation, note);
        }
    }

    private static void required(StateCode state) {
        if (state == null) {
            throw new InvalidRequest("missing-field", "state: give the state's ISO 3166-1 alpha-3 code.");
        }
    }
}
