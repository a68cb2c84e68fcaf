package dev.minisuite.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The claims every MiniSuite access token must carry, shared by the service that issues tokens and those that accept them.
 *
 * @param issuer the required {@code iss} claim
 * @param audience a value that the {@code aud} claim must contain
 * @param clockSkew the tolerance for {@code exp} and {@code nbf}, at most 60 seconds
 */
@ConfigurationProperties("minisuite.jwt")
public record JwtProperties(String issuer, String audience, Duration clockSkew) {

    static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);

    public JwtProperties {
        issuer = issuer == null || issuer.isBlank() ? "minisuite-auth" : issuer;
        audience = audience == null || audience.isBlank() ? "minisuite" : audience;
        clockSkew = clockSkew == null ? MAX_CLOCK_SKEW : clockSkew;
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException(
                    "minisuite.jwt.clock-skew must be between 0s and 60s, but was " + clockSkew);
        }
    }
}
