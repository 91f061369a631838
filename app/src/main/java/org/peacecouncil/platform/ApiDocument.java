package org.peacecouncil.platform;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the OpenAPI document that no controller says: what the API is, how a client signs in (HTTP Basic or a
 * personal bearer token; reads need neither), and its server, given as this server's own root so that the document
 * never repeats a {@code Host} header a client sent.
 */
@Configuration
class ApiDocument {

    @Bean
    OpenAPI councilApi() {
        return new OpenAPI()
                .info(new Info().title("Peace Council API").version("v1")
                        .description("The public record of the council and the acts of its offices and delegations. Reads need no "
                                + "sign-in; acts need HTTP Basic or a personal bearer token. Every refusal is RFC 9457 "
                                + "application/problem+json; see docs/problems.md for the types.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url("/").description("this server")))
                .components(new Components()
                        .addSchemas("ProblemDetail", new io.swagger.v3.oas.models.media.ObjectSchema()
                                .description("RFC 9457 problem details; type is urn:peace-council:problem:<slug> (docs/problems.md)")
                                .addProperty("type", new io.swagger.v3.oas.models.media.StringSchema().format("uri"))
                                .addProperty("title", new io.swagger.v3.oas.models.media.StringSchema())
                                .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                                .addProperty("detail", new io.swagger.v3.oas.models.media.StringSchema())
                                .addProperty("instance", new io.swagger.v3.oas.models.media.StringSchema().format("uri")))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal token from POST /api/v1/tokens (pct_…)")))
                .security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer"),
                        new SecurityRequirement()));
    }
}
