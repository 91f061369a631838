package org.peacecouncil.claims;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Expands a page's JSON-LD with a JSON-LD 1.1 processor, schema.org's context read from the copy kept in the test
 * resources: any other remote document is an error, so a test never reaches the network.
 */
final class JsonLdCheck {

    static final Set<String> SCHEMA_ORG = Set.of("https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/",
            "https://schema.org/docs/jsonldcontext.jsonld");

    private JsonLdCheck() {
    }

    static List<JsonObject> expand(String json, String base) throws JsonLdError {
        DocumentLoader local = (url, options) -> {
            if (!SCHEMA_ORG.contains(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
            }
            InputStream context = JsonLdCheck.class.getResourceAsStream("/jsonld/schemaorg-context-26.0-excerpt.jsonld");
            return JsonDocument.of(MediaType.JSON_LD, context);
        };
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .base(URI.create(base)).loader(local).get();
        var nodes = new ArrayList<JsonObject>();
        expanded.forEach(v -> nodes.add(v.asJsonObject()));
        return nodes;
    }

    static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    static JsonObject node(JsonObject node, String property) {
        return node.getJsonArray(property).getJsonObject(0);
    }

    static String value(JsonObject node, String property) {
        JsonValue value = node.getJsonArray(property).getJsonObject(0).get("@value");
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }

    static List<String> ids(JsonObject node, String property) {
        return node.getJsonArray(property).stream().map(v -> v.asJsonObject().getString("@id")).toList();
    }
}
