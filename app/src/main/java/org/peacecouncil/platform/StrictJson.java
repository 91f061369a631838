package org.peacecouncil.platform;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;

/**
 * Requests are read strictly: an enum is given by its name, never by its position ({@code "vote": 0} is not YES), and a
 * primitive is never defaulted from null. (Unknown fields are refused by {@code spring.jackson.deserialization}.)
 */
@Configuration
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictRequests() {
        return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
