package org.peacecouncil.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.peacecouncil.finance.Administration;
import org.peacecouncil.finance.Channel;
import org.peacecouncil.finance.FinanceCommands;
import org.peacecouncil.finance.Finances;
import org.peacecouncil.finance.FlowId;
import org.peacecouncil.finance.FlowKind;
import org.peacecouncil.finance.FundId;
import org.peacecouncil.finance.FundRecords;
import org.peacecouncil.finance.Modality;
import org.peacecouncil.finance.ProjectId;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.FormFields;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance workspace: a delegation records and confirms its own state's pledges and commitments, and answers the
 * entries made on its behalf; the secretariat opens funds and projects, records receipts, disbursements and exchange
 * rates, and enters pledges on a state's behalf with their document. Every form builds the same command record as
 * the API, so a refusal reads the same here as there.
 * (Its length: one short handler per finance form — twelve, one per act a person records here or its signing payload — and the one reading
 * of a form's cash-or-goods fields they share; each handler only builds its command and words its notice.)
 */
@Controller
class FinanceWorkspacePages {

    private final Finances finances;
    private final FundRecords records;
    private final Clock clock;

    FinanceWorkspacePages(Finances finances, FundRecords records, Clock clock) {
        this.finances = finances;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/workspace/finance")
    String workspace(Actor actor, @RequestParam(required = false) String commitment, Model model) {
        model.addAttribute("funds", records.funds());
        if (actor.isDelegate()) {
            var state = StateCode.of(actor.state());
            model.addAttribute("stateName", Countries.name(state.alpha3()));
            var flows = records.flowsOf(state);
            model.addAttribute("awaiting", flows.stream().filter(f -> f.status().equals("UNCONFIRMED")).toList());
            model.addAttribute("flows", flows.stream().filter(f -> !f.status().equals("UNCONFIRMED")).toList());
        } else {
            model.addAttribute("awaiting", records.awaitingConfirmation());
            model.addAttribute("rates", records.rates());
            var commitments = records.confirmedCommitments();
            model.addAttribute("commitments", commitments);
            model.addAttribute("chosen", commitments.stream().filter(c -> c.id().equals(commitment)).findFirst().orElse(null));
            model.addAttribute("states", Countries.states());
            model.addAttribute("organisations", records.organisations());
            model.addAttribute("projects", records.funds().stream()
                    .flatMap(f -> records.projects(new FundId(f.id())).stream().map(p -> new String[] {p.id(), f.name() + " — " + p.name()}))
                    .toList());
        }
        return "finance-workspace";
    }

    @PostMapping("/workspace/finance/pledges")
    String pledge(Actor actor, @RequestParam String fund, @RequestParam String kind, @RequestParam(required = false) String state,
            @RequestParam(required = false) String amount, @RequestParam String currency, @RequestParam(required = false) String item,
            @RequestParam(required = false) String quantity, @RequestParam(required = false) String unit, @RequestParam String valueDate,
            @RequestParam(required = false) String agreement, @RequestParam(required = false) String document,
            @RequestParam(required = false) String signatureKeyId, @RequestParam(required = false) String signatureSignedAt,
            @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, () -> {
            var signature = ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue);
            var flow = finances.pledge(actor, new FundId(fund), pledgeOf(actor, kind, state, amount, currency, item, quantity, unit, valueDate,
                    agreement, document, signature), clock.instant());
            return "Recorded the " + flow.kind().toLowerCase() + " of " + flow.contributorName() + ": " + what(flow) + ", "
                    + (signature == null ? "" : "signed with key " + signature.keyId() + ", ")
                    + flow.status() + (flow.counts() ? "." : " — it counts nowhere until " + flow.contributorName() + "'s delegation confirms it.");
        });
    }

    /** The one Pledge command a form gives, for the act and for its signing payload alike. */
    private static FinanceCommands.Pledge pledgeOf(Actor actor, String kind, String state, String amount, String currency, String item,
            String quantity, String unit, String valueDate, String agreement, String document, ActSignature signature) {
        String giver = actor.isDelegate() ? actor.state() : state;
        var given = Given.of(amount, currency, item, quantity, unit);
        return new FinanceCommands.Pledge(kind(kind), StateCode.given(giver), given.cash(), given.inKind(), date(valueDate), agreement,
                document, signature);
    }

    /** What the delegation's browser shows and signs before it sends the pledge form: the payload as the act will be checked. */
    record ToSign(String payload, String signedAt, String words) {
    }

    @PostMapping(path = "/workspace/finance/pledges/signing-payload", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<?> pledgePayload(Actor actor, @RequestParam String fund, @RequestParam String kind,
            @RequestParam(required = false) String state, @RequestParam(required = false) String amount, @RequestParam String currency,
            @RequestParam(required = false) String item, @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String unit, @RequestParam String valueDate, @RequestParam(required = false) String agreement) {
        try {
            var pledge = pledgeOf(actor, kind, state, amount, currency, item, quantity, unit, valueDate, agreement, null, null);
            var at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            String payload = new String(finances.pledgePayload(actor, new FundId(fund), pledge, at), java.nio.charset.StandardCharsets.UTF_8);
            String what = pledge.cash() != null ? pledge.cash().money().toString()
                    : pledge.inKind().quantity() + " " + pledge.inKind().unit() + " of " + pledge.inKind().item();
            return org.springframework.http.ResponseEntity.ok(new ToSign(payload, org.peacecouncil.platform.Timestamps.text(at),
                    pledge.state().alpha3() + " " + (pledge.kind() == org.peacecouncil.finance.FlowKind.PLEDGE ? "pledges " : "commits ") + what
                            + " to fund " + fund + ", value date " + pledge.valueDate()));
        } catch (org.peacecouncil.platform.CouncilProblem refused) {
            return org.springframework.http.ResponseEntity.status(refused.status()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(java.util.Map.of("type", "urn:peace-council:problem:" + refused.type(), "status", refused.status().value(),
                            "detail", refused.getMessage()));
        }
    }

    @PostMapping("/workspace/finance/flows/{id}/confirmation")
    String confirm(Actor actor, @PathVariable String id, @RequestParam(required = false) String signatureKeyId,
            @RequestParam(required = false) String signatureSignedAt, @RequestParam(required = false) String signatureValue,
            RedirectAttributes flash) {
        return act(flash, () -> {
            var signature = ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue);
            var flow = finances.confirm(actor, new FlowId(id), new FinanceCommands.Confirmation(signature), clock.instant());
            return "Confirmed" + (signature == null ? "" : ", signed with key " + signature.keyId()) + ": the " + flow.kind().toLowerCase()
                    + " of " + flow.cash() + " now counts.";
        });
    }

    @PostMapping("/workspace/finance/flows/{id}/withdrawal")
    String withdraw(Actor actor, @PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return act(flash, () -> {
            var flow = finances.withdraw(actor, new FlowId(id), new FinanceCommands.Withdrawal(reason), clock.instant());
            return "Withdrawn: the " + flow.kind().toLowerCase() + " of " + flow.cash() + " counts nowhere.";
        });
    }

    @PostMapping("/workspace/finance/funds")
    String openFund(Actor actor, @RequestParam String name, @RequestParam String currency, @RequestParam String administeredBy,
            @RequestParam(required = false) String administrator, RedirectAttributes flash) {
        return act(flash, () -> "Opened the fund " + finances.openFund(actor, new FinanceCommands.OpenFund(name, currency,
                enumValue(Administration.class, administeredBy, "administeredBy"), administrator, null), clock.instant()).name() + ".");
    }

    @PostMapping("/workspace/finance/projects")
    String addProject(Actor actor, @RequestParam String fund, @RequestParam String name, @RequestParam String modality,
            @RequestParam String channel, @RequestParam String implementer, @RequestParam String location, @RequestParam String sector,
            RedirectAttributes flash) {
        return act(flash, () -> "Added the project " + finances.addProject(actor, new FundId(fund), new FinanceCommands.AddProject(name,
                enumValue(Modality.class, modality, "modality"), enumValue(Channel.class, channel, "channel"), implementer, location,
                sector, null), clock.instant()).name() + ".");
    }

    @PostMapping("/workspace/finance/organisations")
    String registerOrganisation(Actor actor, @RequestParam String ref, @RequestParam String name, @RequestParam String type,
            RedirectAttributes flash) {
        return act(flash, () -> {
            var organisation = finances.registerOrganisation(actor, new FinanceCommands.RegisterOrganisation(ref, name, type), clock.instant());
            return "Registered " + organisation.name() + " (" + organisation.ref() + ") as an organisation that gives.";
        });
    }

    @PostMapping("/workspace/finance/organisation-contributions")
    String organisationContribution(Actor actor, @RequestParam String fund, @RequestParam String organisation, @RequestParam String kind,
            @RequestParam(required = false) String amount, @RequestParam String currency, @RequestParam(required = false) String item,
            @RequestParam(required = false) String quantity, @RequestParam(required = false) String unit, @RequestParam String valueDate,
            @RequestParam(required = false) String agreement, @RequestParam(required = false) String document, RedirectAttributes flash) {
        return act(flash, () -> {
            var given = Given.of(amount, currency, item, quantity, unit);
            var flow = finances.recordOrganisationContribution(actor, new FundId(fund), new FinanceCommands.OrganisationContribution(kind(kind),
                    organisation, given.cash(), given.inKind(), date(valueDate), agreement, document), clock.instant());
            return "Recorded the " + flow.kind().toLowerCase() + " of " + flow.contributorName() + ": " + what(flow) + ", from its document.";
        });
    }

    @PostMapping("/workspace/finance/receipts")
    String receive(Actor actor, @RequestParam String fund, @RequestParam String commitment, @RequestParam(required = false) String amount,
            @RequestParam String currency, @RequestParam(required = false) String item, @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String unit, @RequestParam String valueDate, @RequestParam(required = false) String document,
            RedirectAttributes flash) {
        return act(flash, () -> {
            var given = Given.of(amount, currency, item, quantity, unit);
            var flow = finances.receive(actor, new FundId(fund), new FinanceCommands.Receipt(FlowId.given(commitment),
                    given.cash(), given.inKind(), date(valueDate), document), clock.instant());
            return "Recorded " + what(flow) + " received from " + flow.contributorName() + ".";
        });
    }

    @PostMapping("/workspace/finance/disbursements")
    String disburse(Actor actor, @RequestParam String fund, @RequestParam String project, @RequestParam String amount,
            @RequestParam String currency, @RequestParam String valueDate, RedirectAttributes flash) {
        return act(flash, () -> "Recorded the disbursement of " + finances.disburse(actor, new FundId(fund), new FinanceCommands.Disbursement(
                ProjectId.given(project), FinanceCommands.Cash.of(amount, currency), date(valueDate), null), clock.instant()).cash() + ".");
    }

    @PostMapping("/workspace/finance/announced-contributions")
    String announce(Actor actor, @RequestParam(required = false) String state, @RequestParam String amount, @RequestParam String currency,
            @RequestParam String on, @RequestParam String by, @RequestParam(required = false) String source, RedirectAttributes flash) {
        return act(flash, () -> {
            var announced = finances.announceContribution(actor, new FinanceCommands.AnnounceContribution(StateCode.given(state),
                    FinanceCommands.Cash.of(amount, currency), date(on), by, source), clock.instant());
            return "Recorded what was announced for " + announced.name() + ": " + announced.amount()
                    + ", naming no fund. It makes no contributor and counts in no total.";
        });
    }

    @PostMapping("/workspace/finance/exchange-rates")
    String rate(Actor actor, @RequestParam String currency, @RequestParam String on, @RequestParam String usdPerUnit,
            @RequestParam String source, RedirectAttributes flash) {
        return act(flash, () -> {
            var rate = finances.recordRate(actor, new FinanceCommands.ExchangeRate(currency, date(on), usdPerUnit, source), clock.instant());
            return "Recorded 1 " + rate.currency() + " = USD " + rate.usdPerUnit() + " from " + rate.on() + ".";
        });
    }

    /**
     * What a form gives: cash (an amount), or goods in kind (item, quantity, unit) with the amount, if any, as their
     * valuation.
     */
    private record Given(FinanceCommands.Cash cash, FinanceCommands.InKind inKind) {
        static Given of(String amount, String currency, String item, String quantity, String unit) {
            boolean inKind = item != null && !item.isBlank();
            if (!inKind) {
                return new Given(FinanceCommands.Cash.of(amount, currency), null);
            }
            var valuation = amount == null || amount.isBlank() ? null : FinanceCommands.Cash.of(amount, currency);
            return new Given(null, new FinanceCommands.InKind(item, quantity(quantity), unit, valuation));
        }

        private static Long quantity(String quantity) {
            try {
                return quantity == null || quantity.isBlank() ? null : Long.valueOf(quantity.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new CouncilProblem.InvalidRequest("bad-quantity", "quantity: a whole number of units, e.g. 51.");
            }
        }
    }

    private static String what(org.peacecouncil.finance.Views.Flow flow) {
        if (flow.inKind() == null) {
            return String.valueOf(flow.cash());
        }
        return String.format(java.util.Locale.ROOT, "%,d %s of %s", flow.inKind().quantity(), flow.inKind().unit(), flow.inKind().item())
                + (flow.cash() == null ? "" : " (valued at " + flow.cash() + ")");
    }

    private static FlowKind kind(String kind) {
        return enumValue(FlowKind.class, kind, "kind");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        return FormFields.choice(type, value, field);
    }

    private static LocalDate date(String text) {
        return FormFields.date(text);
    }

    private static String act(RedirectAttributes flash, Supplier<String> command) {
        return FormFields.act(flash, "/workspace/finance", command);
    }
}
