package org.peacecouncil.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The demo's illustrative phrasing of a questionnaire, with the marker every question carries on the record. */
record Questionnaire(String marker, List<String> questions) {

    static final String FILE = "demo/aze-questionnaire.yaml";

    @SuppressWarnings("unchecked")
    static Questionnaire load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            Map<String, Object> doc = new Yaml(new LoaderOptions()).load(in);
            return new Questionnaire((String) doc.get("marker"), (List<String>) doc.get("questions"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo questionnaire " + FILE, e);
        }
    }
}
