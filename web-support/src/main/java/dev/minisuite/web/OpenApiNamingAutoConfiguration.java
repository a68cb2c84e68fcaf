package dev.minisuite.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Names schema properties in the OpenAPI document in snake_case, as the services write them.
 *
 * <p>springdoc builds schemas with swagger-core, which introspects types with its own Jackson 2 mapper and does
 * not see the naming strategy set on the services' Jackson 3 mapper.
 */
@AutoConfiguration
@ConditionalOnClass(ModelResolver.class)
public class OpenApiNamingAutoConfiguration {

    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
