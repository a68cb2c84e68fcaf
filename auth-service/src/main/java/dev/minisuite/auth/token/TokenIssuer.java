package dev.minisuite.auth.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import dev.minisuite.security.JwtProperties;
import io.jsonwebtoken.Jwts;
import org.springframework.stereotype.Component;

/**
 * Issues RS256 access tokens with the claims that the other services check: {@code iss}, {@code sub},
 * {@code aud}, {@code iat}, {@code nbf}, {@code exp}, {@code jti}, {@code username} and {@code roles}.
 */
@Component
public class TokenIssuer {

    private final SigningKeys signingKeys;
    private final TokenProperties tokenProperties;
    private final JwtProperties jwtProperties;
    private final Clock clock;
    private final JacksonJwtSerializer serializer = new JacksonJwtSerializer();

    TokenIssuer(SigningKeys signingKeys, TokenProperties tokenProperties, JwtProperties jwtProperties, Clock clock) {
        this.signingKeys = signingKeys;
        this.tokenProperties = tokenProperties;
        this.jwtProperties = jwtProperties;
        this.clock = clock;
    }

    /** Issues a token for a subject, valid from now for the configured lifetime. */
    public IssuedToken issue(String subject, String username, Collection<String> roles) {
        SigningKey key = signingKeys.current();
        Instant now = clock.instant();
        Instant expiry = now.plus(tokenProperties.lifetime());
        String token = Jwts.builder()
                .json(serializer)
                .header().keyId(key.keyId()).type("JWT").and()
                .issuer(jwtProperties.issuer())
                .subject(subject)
                .audience().add(jwtProperties.audience()).and()
                .issuedAt(Date.from(now))
                .notBefore(Date.from(now))
                .expiration(Date.from(expiry))
                .id(UUID.randomUUID().toString())
                .claim("username", username)
                .claim("roles", List.copyOf(roles))
                .signWith(key.privateKey(), Jwts.SIG.RS256)
                .compact();
        return new IssuedToken(token, tokenProperties.lifetime().toSeconds());
    }

    /** A signed token and its lifetime in seconds. */
    public record IssuedToken(String value, long expiresInSeconds) {
    }
}
