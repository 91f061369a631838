package org.peacecouncil.finance;

import java.time.Instant;
import java.time.LocalDate;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.Signable;
import org.peacecouncil.platform.RecordedAct;

/**
 * A finance act, published in the transaction that records it so that the transparency log holds exactly what was
 * committed. Amounts are whole minor units with their ISO 4217 code; {@code usdMinorUnits} is the USD equivalent at
 * the rate recorded for the value date ({@code usdPerUnit}), null where the flow is in goods without a valuation.
 */
public sealed interface FinanceEvent extends RecordedAct {

    @Override
    default String module() {
        return "finance";
    }

    String fundId();

    /** The flow the act is about, or null for a fund's own acts and rates. */
    default String flowId() {
        return null;
    }

    @ActType(value = "FundOpened", version = 1)
    record FundOpened(String fundId, String name, String currency, String administeredBy, String administrator,
            Long announcedMinorUnits, String announcedCurrency, String announcedBy, String announcedSource, Instant recordedAt,
            String actor) implements FinanceEvent {
        @Override
        public String subjectState() {
            return null;
        }
    }

    /** A contribution announced for {@code state} naming no fund: a statement, as made, not a flow. */
    @ActType(value = "ContributionAnnounced", version = 1)
    record ContributionAnnounced(String announcementId, String state, long minorUnits, String currency, LocalDate announcedOn,
            String announcedBy, String source, Instant recordedAt, String actor) implements FinanceEvent {
        @Override
        public String fundId() {
            return null;
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "ProjectAdded", version = 1)
    record ProjectAdded(String fundId, String projectId, String name, String modality, String channel, String implementer,
            String location, String sector, String status, Instant recordedAt, String actor) implements FinanceEvent {
        @Override
        public String subjectState() {
            return null;
        }
    }

    /**
     * A flow as recorded: a pledge or commitment ({@code state} the giver, or {@code organisation} the giving
     * organisation's IATI identifier), a receipt (the same giver, {@code commitmentId} what it is against) or a
     * disbursement (no giver, {@code projectId} the receiver). Version 2 adds {@code organisation}.
     */
    @ActType(value = "FlowRecorded", version = 2)
    @Signable(object = "fundId", fields = {"fundId", "kind", "minorUnits", "currency", "item", "quantity", "unit", "valueDate", "agreement"})
    record FlowRecorded(String fundId, String flowId, String kind, String state, String organisation, String status, Long minorUnits,
            String currency, Long usdMinorUnits, String usdPerUnit, String item, Long quantity, String unit, LocalDate valueDate,
            String agreement, String document, String projectId, String commitmentId, int flowVersion, Instant recordedAt, String actor,
            ActSignature signature) implements FinanceEvent {
        public FlowRecorded(String fundId, String flowId, String kind, String state, String organisation, String status, Long minorUnits,
                String currency, Long usdMinorUnits, String usdPerUnit, String item, Long quantity, String unit, LocalDate valueDate,
                String agreement, String document, String projectId, String commitmentId, int flowVersion, Instant recordedAt, String actor) {
            this(fundId, flowId, kind, state, organisation, status, minorUnits, currency, usdMinorUnits, usdPerUnit, item, quantity, unit,
                    valueDate, agreement, document, projectId, commitmentId, flowVersion, recordedAt, actor, null);
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    /**
     * The secretariat registered an organisation that gives to the council's funds, under its IATI organisation
     * identifier and OrganisationType code; a government is never one (a state gives through its own delegation).
     */
    @ActType(value = "OrganisationRegistered", version = 1)
    record OrganisationRegistered(String organisation, String name, String organisationType, Instant recordedAt, String actor)
            implements FinanceEvent {
        @Override
        public String fundId() {
            return null;
        }

        @Override
        public String subjectState() {
            return null;
        }
    }

    /** A state's delegation confirmed an entry made on its behalf: from this version on it counts. */
    @ActType(value = "FlowConfirmed", version = 1)
    @Signable(object = "flowId", fields = {"fundId", "flowId"})
    record FlowConfirmed(String fundId, String flowId, String state, int flowVersion, Instant recordedAt, String actor, ActSignature signature)
            implements FinanceEvent {
        public FlowConfirmed(String fundId, String flowId, String state, int flowVersion, Instant recordedAt, String actor) {
            this(fundId, flowId, state, flowVersion, recordedAt, actor, null);
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    /** An entry withdrawn: it counts nowhere from this version on, and stays on the record. */
    @ActType(value = "FlowWithdrawn", version = 1)
    @Signable(object = "flowId", fields = {"fundId", "flowId", "reason"})
    record FlowWithdrawn(String fundId, String flowId, String state, String reason, int flowVersion, Instant recordedAt,
            String actor, ActSignature signature) implements FinanceEvent {
        public FlowWithdrawn(String fundId, String flowId, String state, String reason, int flowVersion, Instant recordedAt, String actor) {
            this(fundId, flowId, state, reason, flowVersion, recordedAt, actor, null);
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "ExchangeRateRecorded", version = 1)
    record ExchangeRateRecorded(String currency, LocalDate on, String usdPerUnit, String source, Instant recordedAt, String actor)
            implements FinanceEvent {
        @Override
        public String fundId() {
            return null;
        }

        @Override
        public String subjectState() {
            return null;
        }
    }
}
