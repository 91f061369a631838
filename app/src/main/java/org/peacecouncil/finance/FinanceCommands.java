package org.peacecouncil.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.Money;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;
import org.peacecouncil.platform.Timestamps;

/**
 * The finance acts, one self-validating record each, shared by the API (as its request body) and the pages: a record
 * that exists is well formed — amounts positive whole minor units of a known currency, goods with an item, a positive
 * quantity and a unit, dates within range, texts within their one limit — so the service only asks the rules.
 * (Its length: one self-validating record per finance act, shared by the API and the pages, with the few checks of
 * amounts, currencies and dates they have in common.)
 */
public final class FinanceCommands {

    private FinanceCommands() {
    }

    /** An amount of cash: positive whole minor units (cents for USD) of an ISO 4217 currency. */
    public record Cash(Long minorUnits, String currency) {
        public Cash {
            if (minorUnits == null) {
                throw new InvalidRequest("missing-field", "minorUnits: give the amount in whole minor units (cents for USD).");
            }
            if (minorUnits <= 0) {
                throw new InvalidRequest("bad-amount", "minorUnits: an amount is more than zero, in whole minor units (was "
                        + minorUnits + ").");
            }
            currency = currencyCode(currency, "currency");
        }

        public Money money() {
            return new Money(minorUnits, currency);
        }

        /** From a form's fields: a decimal amount in major units ("1200000000", "12.50") and a currency. */
        public static Cash of(String amount, String currency) {
            if (amount == null || amount.isBlank()) {
                throw new InvalidRequest("missing-field", "amount: give the amount, e.g. 1000000.00.");
            }
            String code = currencyCode(currency, "currency");
            try {
                return new Cash(Money.of(amount.strip().replace(",", ""), code).minorUnits(), code);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new InvalidRequest("bad-amount", "amount: a number with no more decimals than " + code + " has, e.g. 1000000.00.");
            }
        }
    }

    /** Goods or services in kind: what, how many of which unit (51 power transformers, 1,585 tonnes), and what they are worth if known. */
    public record InKind(String item, Long quantity, String unit, Cash valuation) {
        public InKind {
            item = Texts.required(item, "item", 200);
            if (quantity == null || quantity <= 0) {
                throw new InvalidRequest("bad-quantity", "quantity: goods in kind come in a whole number more than zero.");
            }
            unit = Texts.required(unit, "unit", 50);
        }
    }

    /** The office the charter names opens a fund; an announced target is kept as a statement, never as a total. */
    public record OpenFund(String name, String currency, Administration administeredBy, String administrator, Announcement announced) {
        public OpenFund {
            name = Texts.required(name, "name", 200);
            currency = currencyCode(currency, "currency");
            if (administeredBy == null) {
                throw new InvalidRequest("missing-field", "administeredBy: COUNCIL, UN_AGENCY or BILATERAL.");
            }
            administrator = Texts.optional(administrator, "administrator", 200);
        }
    }

    /** A figure someone announced for a fund ("7 billion"), with who said it and where: a statement, not a sum of records. */
    public record Announcement(Cash amount, String by, String source) {
        public Announcement {
            if (amount == null) {
                throw new InvalidRequest("missing-field", "announced.amount: give the announced figure.");
            }
            by = Texts.required(by, "announced.by", 200);
            source = Texts.optional(source, "announced.source", 500);
        }
    }

    /**
     * A contribution someone announced for a state without naming a fund ("the United States will contribute USD 10
     * billion"): who said it, when and where. A statement kept as it was made; only the state's own pledge to a fund
     * makes it a contributor.
     */
    public record AnnounceContribution(StateCode state, Cash amount, LocalDate on, String by, String source) {
        public AnnounceContribution {
            if (state == null) {
                throw new InvalidRequest("missing-field", "state: give the ISO 3166-1 alpha-3 code of the state it was announced for.");
            }
            if (amount == null) {
                throw new InvalidRequest("missing-field", "amount: give the announced figure.");
            }
            on = date(on, "on");
            by = Texts.required(by, "by", 200);
            source = Texts.optional(source, "source", 500);
        }
    }

    /** A project of a fund, as IATI describes an activity. */
    public record AddProject(String name, Modality modality, Channel channel, String implementer, String location, String sector,
            ProjectStatus status) {
        public AddProject {
            name = Texts.required(name, "name", 200);
            if (modality == null || channel == null) {
                throw new InvalidRequest("missing-field", "modality and channel: e.g. GRANT and THROUGH_COUNCIL.");
            }
            implementer = Texts.required(implementer, "implementer", 200);
            location = Texts.required(location, "location", 200);
            sector = Texts.required(sector, "sector", 200);
            status = status == null ? ProjectStatus.PIPELINE : status;
        }
    }

    /**
     * A state's pledge or commitment to a fund: cash or goods in kind, exactly one. A commitment names the signed
     * agreement behind it. {@code document} is where an entry made on the state's behalf comes from; the state's own
     * delegation gives none.
     */
    public record Pledge(FlowKind kind, StateCode state, Cash cash, InKind inKind, LocalDate valueDate, String agreement,
            String document, ActSignature signature) {
        public Pledge(FlowKind kind, StateCode state, Cash cash, InKind inKind, LocalDate valueDate, String agreement, String document) {
            this(kind, state, cash, inKind, valueDate, agreement, document, null);
        }

        public Pledge {
            givensWord(kind);
            if (state == null) {
                throw new InvalidRequest("missing-field", "state: give the giving state's ISO 3166-1 alpha-3 code.");
            }
            cashOrGoods(cash, inKind);
            valueDate = date(valueDate, "valueDate");
            agreement = namedAgreement(kind, agreement);
            document = Texts.optional(document, "document", 1000);
        }
    }

    /**
     * The secretariat registers an organisation that gives (the charter allows contributions from organisations):
     * its IATI organisation identifier, its name and its IATI OrganisationType code.
     */
    public record RegisterOrganisation(String ref, String name, String type) {
        public RegisterOrganisation {
            ref = Texts.required(ref, "ref", 120);
            if (!Organisation.REF.matcher(ref).matches()) {
                throw new InvalidRequest("bad-organisation-ref", "ref: an IATI organisation identifier, the registration agency's prefix "
                        + "and the organisation's number, e.g. XM-DAC-41114 (see org-id.guide).");
            }
            name = Texts.required(name, "name", 200);
            type = Texts.required(type, "type", 4);
            if (!IatiCodelists.has("OrganisationType", type)) {
                throw new InvalidRequest("unknown-organisation-type", "type: an IATI OrganisationType code, e.g. 40 (multilateral), "
                        + "60 (foundation), 70 (private sector); was " + type + ".");
            }
        }
    }

    /**
     * An organisation's pledge or commitment to a fund, recorded by the secretariat from the organisation's own
     * document (its letter, the signed agreement): cash or goods in kind, exactly one. A commitment names the agreement.
     */
    public record OrganisationContribution(FlowKind kind, String organisation, Cash cash, InKind inKind, LocalDate valueDate,
            String agreement, String document) {
        public OrganisationContribution {
            givensWord(kind);
            organisation = Texts.required(organisation, "organisation", 120);
            cashOrGoods(cash, inKind);
            valueDate = date(valueDate, "valueDate");
            agreement = namedAgreement(kind, agreement);
            document = Texts.optional(document, "document", 1000);
            if (document == null) {
                throw new InvalidRequest("document-required", "document: an organisation's entry names the document it comes from "
                        + "(its letter, its signed agreement): it has no delegation here to record its own word.");
            }
        }
    }

    /** What the fund received against a contributor's commitment: cash, or goods in kind. */
    public record Receipt(FlowId commitment, Cash cash, InKind inKind, LocalDate valueDate, String document) {
        public Receipt {
            if (commitment == null) {
                throw new InvalidRequest("missing-field", "commitment: the id of the commitment this receipt is against.");
            }
            cashOrGoods(cash, inKind);
            valueDate = date(valueDate, "valueDate");
            document = Texts.optional(document, "document", 1000);
        }
    }

    /** Cash the fund paid out to one of its projects. */
    public record Disbursement(ProjectId project, Cash cash, LocalDate valueDate, String document) {
        public Disbursement {
            if (project == null) {
                throw new InvalidRequest("missing-field", "project: the id of the fund's project that receives it.");
            }
            if (cash == null) {
                throw new InvalidRequest("missing-field", "cash: a disbursement is an amount of cash.");
            }
            valueDate = date(valueDate, "valueDate");
            document = Texts.optional(document, "document", 1000);
        }
    }

    /** A state's delegation or the secretariat withdraws an entry, with the reason on the record. */
    public record Withdrawal(String reason, ActSignature signature) {
        public Withdrawal {
            reason = Texts.optional(reason, "reason", 2000);
        }

        public Withdrawal(String reason) {
            this(reason, null);
        }
    }

    /** A state's confirmation of an entry made on its behalf, signed by its delegation or not. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "FlowConfirmationRequest")
    public record Confirmation(ActSignature signature) {
        public static final Confirmation UNSIGNED = new Confirmation(null);
    }

    /** How many US dollars one unit of a currency was worth from a date on, and where the rate comes from. */
    public record ExchangeRate(String currency, LocalDate on, String usdPerUnit, String source) {
        public ExchangeRate {
            currency = currencyCode(currency, "currency");
            if ("USD".equals(currency)) {
                throw new InvalidRequest("bad-rate", "currency: USD needs no rate.");
            }
            on = date(on, "on");
            usdPerUnit = decimalRate(usdPerUnit);
            source = Texts.required(source, "source", 500);
        }

        public BigDecimal rate() {
            return new BigDecimal(usdPerUnit);
        }
    }

    /** A giver's word is a pledge or a commitment; receipts and disbursements are the fund's records. */
    private static void givensWord(FlowKind kind) {
        if (kind == null || !kind.isAStatesWord()) {
            throw new InvalidRequest("bad-kind", "kind: PLEDGE or COMMITMENT (receipts and disbursements are the fund's records).");
        }
    }

    /** The agreement named, which a commitment must name. */
    private static String namedAgreement(FlowKind kind, String agreement) {
        String named = Texts.optional(agreement, "agreement", 500);
        if (kind == FlowKind.COMMITMENT && named == null) {
            throw new InvalidRequest("agreement-required", "agreement: a commitment names the signed agreement behind it.");
        }
        return named;
    }

    private static void cashOrGoods(Cash cash, InKind inKind) {
        if ((cash == null) == (inKind == null)) {
            throw new InvalidRequest("cash-or-in-kind", "Give either cash or inKind, exactly one.");
        }
    }

    private static LocalDate date(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidRequest("missing-field", field + ": give the date (YYYY-MM-DD).");
        }
        return Timestamps.sane(date, field);
    }

    private static String currencyCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequest("missing-field", field + ": give an ISO 4217 currency code, e.g. USD.");
        }
        try {
            String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
            if (!upper.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException();
            }
            Currency.getInstance(upper);
            return upper;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("unknown-currency", field + ": not an ISO 4217 currency code (e.g. USD, EUR, AZN).");
        }
    }

    private static String decimalRate(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequest("missing-field", "usdPerUnit: give the rate as a decimal, e.g. 0.5882.");
        }
        try {
            var rate = new BigDecimal(text.strip());
            if (rate.signum() <= 0 || rate.precision() > 18 || rate.scale() > 12) {
                throw new NumberFormatException();
            }
            return rate.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new InvalidRequest("bad-rate", "usdPerUnit: a rate is a decimal more than zero with at most 12 decimals.");
        }
    }
}
