package dev.minisuite.security;

import java.time.Duration;

import dev.minisuite.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * Configures token validation for a service that accepts MiniSuite access tokens.
 *
 * <p>With {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} set, tokens are verified against the keys
 * that auth-service publishes there. Only RS256 signatures are accepted, so {@code alg: none} and HMAC tokens are
 * rejected whatever key they claim. A service may define its own {@link JwtDecoder} instead.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"
}, afterName = "dev.minisuite.web.WebSupportAutoConfiguration")
@EnableConfigurationProperties(JwtProperties.class)
public class JwtResourceServerAutoConfiguration {

    /** The only signature algorithm that auth-service uses. */
    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
    JwtDecoder jwkSetJwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            JwtProperties properties) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(Duration.ofSeconds(2));
        requestFactory.setReadTimeout(Duration.ofSeconds(3));
        RestTemplate restOperations = new RestTemplate(requestFactory);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(ALGORITHM)
                .restOperations(restOperations)
                .build();
        decoder.setJwtValidator(AccessTokenValidators.create(properties));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemWriter writer) {
        return new ProblemAuthenticationEntryPoint(writer);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemWriter writer) {
        return new ProblemAccessDeniedHandler(writer);
    }

    @Bean
    @ConditionalOnMissingBean
    ResourceServerSecurity resourceServerSecurity(JwtDecoder decoder, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler) {
        return new ResourceServerSecurity(decoder, entryPoint, accessDeniedHandler);
    }
}
