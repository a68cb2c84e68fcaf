package dev.minisuite.security;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal resource server for the tests of this module: one endpoint for any valid token, one for ADMIN.
 */
@SpringBootApplication
class ProbeApplication {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        return resourceServer.build(http, rules -> rules.requestMatchers(HttpMethod.GET, "/probe/admin").hasRole("ADMIN"));
    }

    @RestController
    static class ProbeController {

        @GetMapping("/probe/user")
        Map<String, Object> user(@AuthenticationPrincipal Jwt token) {
            return Map.of("subject", token.getSubject());
        }

        @GetMapping("/probe/admin")
        Map<String, Object> admin(@AuthenticationPrincipal Jwt token) {
            return Map.of("subject", token.getSubject());
        }
    }
}
