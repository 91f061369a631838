package org.peacecouncil.charter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.peacecouncil.platform.CouncilProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the charter named by {@code PEACE_COUNCIL_CHARTER}: a file path, a {@code classpath:} location, or the
 * id of a bundled charter ({@code board-of-peace}, {@code security-council}, {@code consensus}).
 */
@Configuration(proxyBeanMethods = false)
class CharterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CharterConfiguration.class);

    @Bean
    Charter charter(CouncilProperties properties, ResourceLoader resources) {
        String location = properties.charter() == null || properties.charter().isBlank()
                ? "classpath:charters/board-of-peace.yaml" : properties.charter().strip();
        if (location.matches("[a-z0-9-]+") && resources.getResource("classpath:charters/" + location + ".yaml").exists()) {
            location = "classpath:charters/" + location + ".yaml";
        } else if (!location.contains(":")) {
            location = "file:" + location;
        }
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new CharterFileException(location + ": charter file not found");
        }
        String text;
        try {
            text = resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the charter file " + location, e);
        }
        Charter charter = CharterReader.read(location.replaceFirst("^file:", ""), text);
        log.info("Charter: {} ({})", charter.name(), charter.source());
        return charter;
    }
}
