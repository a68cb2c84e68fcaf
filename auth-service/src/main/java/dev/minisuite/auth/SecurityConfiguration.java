package dev.minisuite.auth;

import dev.minisuite.auth.token.SigningKeys;
import dev.minisuite.security.AccessTokenValidators;
import dev.minisuite.security.JwtProperties;
import dev.minisuite.security.JwtResourceServerAutoConfiguration;
import dev.minisuite.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Makes registration, login and the JWKS document public, and requires an access token everywhere else. This
 * service verifies tokens with its own public key and the same claim checks as the other services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys signingKeys, JwtProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKeys.current().publicKey())
                .signatureAlgorithm(JwtResourceServerAutoConfiguration.ALGORITHM)
                .build();
        decoder.setJwtValidator(AccessTokenValidators.create(properties));
        return decoder;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer)
            throws Exception {
        return resourceServer.build(http, rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/user/register", "/api/user/login").permitAll()
                .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll());
    }
}
