package dev.minisuite.post;

import dev.minisuite.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every post endpoint needs a valid access token and no particular role. Who may change or delete a post (its
 * owner or an ADMIN) depends on the post, so {@code PostService} checks that rather than a request rule.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        return resourceServer.build(http, rules -> {
        });
    }
}
