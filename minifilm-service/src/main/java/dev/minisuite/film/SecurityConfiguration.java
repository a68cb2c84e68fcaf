package dev.minisuite.film;

import dev.minisuite.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every signed-in user may read films; creating, changing, deleting and importing them needs role {@code ADMIN}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        return resourceServer.build(http, rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/films", "/api/films/import").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/films/*").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PATCH, "/api/films/*").hasRole("ADMIN")
                .requestMatchers(HttpMethod.DELETE, "/api/films/*").hasRole("ADMIN"));
    }
}
