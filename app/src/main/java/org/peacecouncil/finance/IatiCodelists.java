package org.peacecouncil.finance;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The IATI codelists as published (resources {@code iati/codelists/<Name>.xml}, unmodified upstream copies): the codes
 * in use, withdrawn ones left out. The XSD does not check codes (it accepts transaction type 99), so every code an
 * export writes is checked here.
 */
public final class IatiCodelists {

    private static final Map<String, Set<String>> LISTS = new ConcurrentHashMap<>();

    private IatiCodelists() {
    }

    /** The codes of the list in use, e.g. {@code codes("TransactionType")}. */
    public static Set<String> codes(String list) {
        return LISTS.computeIfAbsent(list, IatiCodelists::load);
    }

    /** Whether {@code code} is in the list and not withdrawn. */
    public static boolean has(String list, String code) {
        return codes(list).contains(code);
    }

    private static Set<String> load(String list) {
        try (InputStream in = IatiCodelists.class.getResourceAsStream("/iati/codelists/" + list + ".xml")) {
            if (in == null) {
                throw new IllegalArgumentException("No IATI codelist " + list + " is shipped");
            }
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            var items = factory.newDocumentBuilder().parse(in).getElementsByTagName("codelist-item");
            var codes = new HashSet<String>();
            for (int i = 0; i < items.getLength(); i++) {
                var item = (Element) items.item(i);
                if (!"withdrawn".equals(item.getAttribute("status"))) {
                    codes.add(item.getElementsByTagName("code").item(0).getTextContent().strip());
                }
            }
            return Set.copyOf(codes);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read the IATI codelist " + list, e);
        }
    }
}
