package dev.minisuite.post;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI postServiceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("MiniSuite minipost-service")
                        .description("Posts with hashtags and optional links to films. Every endpoint needs an "
                                + "access token from auth-service. Every error is an RFC 9457 problem detail "
                                + "(application/problem+json).")
                        .version("v1"))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
