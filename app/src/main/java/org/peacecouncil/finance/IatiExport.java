package org.peacecouncil.finance;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A fund as one IATI 2.03 {@code iati-activity}, written as a stream: its confirmed flows are read a page at a time and
 * written as transactions (13 incoming pledge, 11 incoming commitment, 1 incoming funds, 3 disbursement), so a fund of
 * 100,000 flows needs no more memory than one of ten. Unconfirmed and withdrawn entries count nowhere, so they are
 * not reported. Every code written is checked against the shipped IATI codelists first; the one code whose list is
 * not shipped, ActivityDateType, is always 2 (actual start).
 */
@Component
public class IatiExport {

    /** IATI's OrganisationType: 10 Government, 40 Multilateral. OrganisationRole: 1 Funding, 2 Accountable. */
    private static final String GOVERNMENT = "10";
    private static final String MULTILATERAL = "40";
    private static final String FUNDING = "1";
    private static final String ACCOUNTABLE = "2";
    /** ActivityStatus 2: implementation. */
    private static final String IMPLEMENTATION = "2";

    private final FinanceStore store;
    private final FundRecords records;
    private final Clock clock;
    private final String publisher;
    private final String publisherName;

    IatiExport(FinanceStore store, FundRecords records, Clock clock,
            @Value("${peace-council.iati.publisher-ref:XI-PEACE-COUNCIL}") String publisher,
            @Value("${peace-council.iati.publisher-name:Peace Council secretariat}") String publisherName) {
        this.store = store;
        this.records = records;
        this.clock = clock;
        this.publisher = publisher;
        this.publisherName = publisherName;
    }

    /** Refuses an unknown fund before anything is written. */
    public void requireFund(FundId id) {
        records.requireFund(id);
    }

    public void write(FundId id, OutputStream out) {
        var fund = records.requireFund(id);
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", now);
            xml.writeStartElement("iati-activity");
            xml.writeAttribute("last-updated-datetime", now);
            xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", "en");
            xml.writeAttribute("default-currency", checked("Currency", fund.currency()));
            text(xml, "iati-identifier", publisher + "-" + fund.id().value());
            org(xml, "reporting-org", publisher, MULTILATERAL, null, publisherName);
            narrative(xml, "title", fund.name());
            if (fund.announced() != null) {
                narrative(xml, "description", "Announced by " + fund.announcedBy() + ": " + fund.announced()
                        + ". An announcement, not a total of recorded contributions.");
            }
            org(xml, "participating-org", publisher, MULTILATERAL, ACCOUNTABLE, publisherName);
            var organisations = store.organisationsByRef();
            for (String contributor : store.lines(fund.id()).stream().map(FinanceStore.Line::contributor).toList()) {
                giver(xml, "participating-org", contributor, organisations, FUNDING);
            }
            xml.writeEmptyElement("activity-status");
            xml.writeAttribute("code", checked("ActivityStatus", IMPLEMENTATION));
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", "2");
            xml.writeAttribute("iso-date", LocalDate.ofInstant(fund.recordedAt(), java.time.ZoneOffset.UTC).toString());
            long after = 0;
            while (true) {
                var flows = store.flows(fund.id(), after, Page.MAX_LIMIT);
                var entries = store.entriesOfFlows(flows);
                for (Flow flow : flows) {
                    if (flow.counts()) {
                        transaction(xml, fund, flow, entries.getOrDefault(flow.id().value(), List.of()), organisations);
                    }
                }
                if (flows.size() < Page.MAX_LIMIT) {
                    break;
                }
                after = flows.get(flows.size() - 1).seq();
                xml.flush();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the IATI export", e);
        }
    }

    private void transaction(XMLStreamWriter xml, Fund fund, Flow flow, List<Long> entries, java.util.Map<String, Organisation> organisations)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        xml.writeAttribute("ref", flow.id().value());
        xml.writeEmptyElement("transaction-type");
        xml.writeAttribute("code", checked("TransactionType", flow.kind().iatiTransactionType()));
        xml.writeEmptyElement("transaction-date");
        xml.writeAttribute("iso-date", flow.valueDate().toString());
        xml.writeStartElement("value");
        var cash = flow.cash();
        xml.writeAttribute("currency", checked("Currency", cash == null ? fund.currency() : cash.currency()));
        xml.writeAttribute("value-date", flow.valueDate().toString());
        xml.writeCharacters(cash == null ? "0" : cash.major().toPlainString());
        xml.writeEndElement();
        var description = new StringBuilder(flow.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (flow.goods() != null) {
            description.append(" in kind: ").append(flow.goods().quantity()).append(' ').append(flow.goods().unit()).append(" of ")
                    .append(flow.goods().item()).append(cash == null ? " (no valuation recorded)" : " (valuation)");
        }
        if (flow.agreement() != null) {
            description.append("; agreement: ").append(flow.agreement());
        }
        description.append("; log entries ").append(entries);
        narrative(xml, "description", description.toString());
        if (flow.kind() == FlowKind.DISBURSEMENT) {
            org(xml, "provider-org", publisher, MULTILATERAL, null, publisherName);
            var project = store.project(flow.project()).orElseThrow();
            org(xml, "receiver-org", null, null, null, project.implementer() + " — " + project.name());
        } else {
            giver(xml, "provider-org", flow.contributorKey(), organisations, null);
            org(xml, "receiver-org", publisher, MULTILATERAL, null, publisherName);
        }
        xml.writeEndElement();
    }

    /** A state as its government (no identifier: states have none in IATI's sense), an organisation under its own identifier and type. */
    private static void giver(XMLStreamWriter xml, String element, String contributor, java.util.Map<String, Organisation> organisations,
            String role) throws XMLStreamException {
        var organisation = Organisation.isRef(contributor) ? organisations.get(contributor) : null;
        if (organisation != null) {
            org(xml, element, organisation.ref(), organisation.type(), role, organisation.name());
        } else {
            org(xml, element, null, GOVERNMENT, role, "Government of " + Countries.name(contributor));
        }
    }

    private static void org(XMLStreamWriter xml, String element, String ref, String type, String role, String name)
            throws XMLStreamException {
        xml.writeStartElement(element);
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        if (role != null) {
            xml.writeAttribute("role", checked("OrganisationRole", role));
        }
        if (type != null) {
            xml.writeAttribute("type", checked("OrganisationType", type));
        }
        text(xml, "narrative", name);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "narrative", text);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The code, if the IATI codelist has it in use; never a code the standard does not know. */
    static String checked(String list, String code) {
        if (!IatiCodelists.has(list, code)) {
            throw new IllegalStateException("'" + code + "' is not in use in the IATI codelist " + list);
        }
        return code;
    }
}
