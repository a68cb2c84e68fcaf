package dev.minisuite.film;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI filmServiceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("MiniSuite minifilm-service")
                        .description("The film catalogue: search and paging for every signed-in user, edits and "
                                + "imports for ADMINs. Every error is an RFC 9457 problem detail "
                                + "(application/problem+json).")
                        .version("v1"))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
