package dev.minisuite.auth.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for issuing access tokens.
 *
 * @param lifetime how long a token stays valid after it is issued, 15 minutes by default
 * @param privateKeyPem an RSA private key in PKCS #8 PEM form ({@code -----BEGIN PRIVATE KEY-----}); when blank,
 *     the key stored in the database is used, and generated on first start
 */
@ConfigurationProperties("minisuite.auth.token")
public record TokenProperties(Duration lifetime, String privateKeyPem) {

    public TokenProperties {
        lifetime = lifetime == null ? Duration.ofMinutes(15) : lifetime;
        privateKeyPem = privateKeyPem == null ? "" : privateKeyPem;
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("minisuite.auth.token.lifetime must be positive, but was " + lifetime);
        }
    }
}
