package dev.minisuite.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the service's token validation at {@link TestTokens}' JWKS server.
 */
public final class TestTokensInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.shared().jwkSetUri(),
                "minisuite.jwt.issuer=" + TestTokens.ISSUER,
                "minisuite.jwt.audience=" + TestTokens.AUDIENCE).applyTo(context);
    }
}
