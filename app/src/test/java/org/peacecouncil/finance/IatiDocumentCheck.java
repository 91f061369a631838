package org.peacecouncil.finance;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Element;

/**
 * What the tests check of an IATI document, independently of the exporter: that the standard's own XSD accepts it,
 * and that every code in it is one the standard's codelists have in use (the XSD accepts transaction type 99).
 */
public final class IatiDocumentCheck {

    /** element, attribute → the codelist its value comes from */
    private static final List<String[]> CODES = List.of(
            new String[] {"transaction-type", "code", "TransactionType"},
            new String[] {"activity-status", "code", "ActivityStatus"},
            new String[] {"value", "currency", "Currency"},
            new String[] {"iati-activity", "default-currency", "Currency"},
            new String[] {"participating-org", "role", "OrganisationRole"},
            new String[] {"participating-org", "type", "OrganisationType"},
            new String[] {"reporting-org", "type", "OrganisationType"},
            new String[] {"provider-org", "type", "OrganisationType"},
            new String[] {"receiver-org", "type", "OrganisationType"});

    private static final Schema ACTIVITIES = schema();

    private IatiDocumentCheck() {
    }

    /** The schema's verdict: null when valid, else the first error. */
    public static String schemaError(byte[] xml) {
        try {
            var validator = ACTIVITIES.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
            return null;
        } catch (org.xml.sax.SAXException e) {
            return e.getMessage();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every code the codelists do not have in use, as "element/@attribute=value". */
    public static List<String> unknownCodes(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            var unknown = new ArrayList<String>();
            for (String[] code : CODES) {
                var elements = doc.getElementsByTagName(code[0]);
                for (int i = 0; i < elements.getLength(); i++) {
                    var element = (Element) elements.item(i);
                    if (element.hasAttribute(code[1]) && !IatiCodelists.has(code[2], element.getAttribute(code[1]))) {
                        unknown.add(code[0] + "/@" + code[1] + "=" + element.getAttribute(code[1]));
                    }
                }
            }
            return unknown;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many elements of each name, for the tests' expectations. */
    public static int count(byte[] xml, String element) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagName(element).getLength();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    private static Schema schema() {
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            return factory.newSchema(IatiDocumentCheck.class.getResource("/iati/2.03/iati-activities-schema.xsd"));
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("the IATI schema does not compile", e);
        }
    }
}
