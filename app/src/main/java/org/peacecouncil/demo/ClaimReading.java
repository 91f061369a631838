package org.peacecouncil.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.AssertionType;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * How the demo reads a scenario statement as a typed assertion (demo/claims.yaml): its type, the scenario's fund or
 * mission it names, and for a clarification whether the state affirms or denies it.
 */
record ClaimReading(AssertionType type, String fund, String mission, boolean affirms) {

    static final String FILE = "demo/claims.yaml";

    Assertion assertion(Map<String, String> recorded) {
        return new Assertion(type, fund == null ? null : recorded.get(fund), null, null, mission == null ? null : recorded.get(mission),
                null, null, null, null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, ClaimReading> load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            Map<String, Map<String, Object>> doc = new Yaml(new LoaderOptions()).load(in);
            var readings = new HashMap<String, ClaimReading>();
            doc.forEach((id, r) -> readings.put(id, new ClaimReading(AssertionType.valueOf((String) r.get("type")), (String) r.get("fund"),
                    (String) r.get("mission"), !Boolean.FALSE.equals(r.get("affirms")))));
            return readings;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo's reading of the statements " + FILE, e);
        }
    }
}
