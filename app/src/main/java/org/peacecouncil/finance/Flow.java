package org.peacecouncil.finance;

import java.time.Instant;
import java.time.LocalDate;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Money;
import org.peacecouncil.platform.StateCode;

/**
 * A flow into or out of a fund. What it is — who gives what, when, against which agreement — never changes once
 * recorded; only its status does, and each change is a new version: an unconfirmed on-behalf entry becomes CONFIRMED
 * when the state's delegation confirms it, and any pledge or commitment may be WITHDRAWN. The flow refuses every
 * other transition itself.
 *
 * @param contributor  the giving state (null for a disbursement and for an organisation's flow)
 * @param organisation the giving organisation's IATI identifier, when an organisation gives (else null)
 * @param cash        the amount in cash, or for goods in kind their valuation if one was given (else null)
 * @param usdMinor    the USD equivalent of {@code cash} in cents at {@code usdPerUnit} (null without cash)
 */
public record Flow(FlowId id, long seq, FundId fund, FlowKind kind, StateCode contributor, String organisation, FlowStatus status, Money cash,
        Long usdMinor, String usdPerUnit, Goods goods, LocalDate valueDate, String agreement, String document, ProjectId project,
        FlowId commitment, String recordedBy, Instant recordedAt, int version) {

    /** Goods or services in kind: 51 power transformers, 1,585 tonnes. */
    public record Goods(String item, long quantity, String unit) {
    }

    /** Who gives, as the finance tables key it: the state's alpha-3 code or the organisation's identifier (null for a disbursement). */
    public String contributorKey() {
        return contributor != null ? contributor.alpha3() : organisation;
    }

    /** Whether an organisation gives: it has no delegation here, so its entries are the secretariat's, from its documents. */
    public boolean fromOrganisation() {
        return organisation != null;
    }

    public boolean counts() {
        return status == FlowStatus.CONFIRMED;
    }

    Flow confirmed() {
        if (status != FlowStatus.UNCONFIRMED) {
            throw new CouncilProblem.RuleViolation(status.slug(),
                    "Only an unconfirmed entry can be confirmed; this one is " + status + ".");
        }
        return withStatus(FlowStatus.CONFIRMED);
    }

    Flow withdrawn() {
        if (status == FlowStatus.WITHDRAWN || !kind.isAStatesWord()) {
            throw new CouncilProblem.RuleViolation(status == FlowStatus.WITHDRAWN ? status.slug() : "not-withdrawable",
                    "This entry cannot be withdrawn.");
        }
        return withStatus(FlowStatus.WITHDRAWN);
    }

    private Flow withStatus(FlowStatus next) {
        return new Flow(id, seq, fund, kind, contributor, organisation, next, cash, usdMinor, usdPerUnit, goods, valueDate, agreement, document,
                project, commitment, recordedBy, recordedAt, version + 1);
    }
}
