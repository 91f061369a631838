package org.peacecouncil.platform;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;

/**
 * Requests are read strictly: an enum is given by its name, never by its position ({@code "vote": 0} is not YES), a
 * primitive is never defaulted from null, and a whole number is never cut from a fraction ({@code "minorUnits": 10.5}
 * is refused, not read as 10). (Unknown fields are refused by {@code spring.jackson.deserialization}.)
 */
@Configuration
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictRequests() {
        return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
