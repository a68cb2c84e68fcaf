package dev.minisuite.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import dev.minisuite.auth.AuthIntegrationTest;
import dev.minisuite.testsupport.HttpApi;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sends forged and invalid tokens to an endpoint that needs authentication; each must get 401 with a
 * {@code WWW-Authenticate} challenge. The account behind the subject does not need to exist, because the token
 * is rejected before the controller runs.
 */
@AuthIntegrationTest
class TokenRejectionIntegrationTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @LocalServerPort
    int port;

    @Autowired
    SigningKeys signingKeys;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
    }

    JwtBuilder validClaims() {
        Instant now = Instant.now();
        return Jwts.builder()
                .json(new JacksonJwtSerializer())
                .header().keyId(signingKeys.current().keyId()).and()
                .issuer("minisuite-auth")
                .subject("000000000000000000000000")
                .audience().add("minisuite").and()
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(Duration.ofMinutes(5))))
                .id(UUID.randomUUID().toString())
                .claim("username", "forger")
                .claim("roles", List.of("USER", "ADMIN"));
    }

    String signed(JwtBuilder builder) {
        return builder.signWith(signingKeys.current().privateKey(), Jwts.SIG.RS256).compact();
    }

    void assertRejected(String token) {
        HttpApi.Response response = api.get("/api/user/me", HttpApi.bearer(token));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("error=\"invalid_token\""));
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void wellFormedTokenReachesController() {
        HttpApi.Response response = api.get("/api/user/me", HttpApi.bearer(signed(validClaims())));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void rejectsMissingToken() {
        HttpApi.Response response = api.get("/api/user/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("Bearer realm=\"minisuite\"");
    }

    @Test
    void rejectsMalformedToken() {
        assertRejected("not.a.token");
    }

    @Test
    void rejectsAlgNone() {
        String header = encode("{\"alg\":\"none\",\"kid\":\"" + signingKeys.current().keyId() + "\"}");
        String payload = signed(validClaims()).split("\\.")[1];

        assertRejected(header + "." + payload + ".");
    }

    @Test
    void rejectsHs256SignedWithPublicKey() {
        var secret = new SecretKeySpec(signingKeys.current().publicKey().getEncoded(), "HmacSHA256");

        assertRejected(validClaims().signWith(secret, Jwts.SIG.HS256).compact());
    }

    @Test
    void rejectsTamperedPayload() {
        String[] parts = signed(validClaims()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("forger", "admin");

        assertRejected(parts[0] + "." + encode(payload) + "." + parts[2]);
    }

    @Test
    void rejectsExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));

        assertRejected(signed(validClaims().issuedAt(Date.from(past.minusSeconds(60)))
                .expiration(Date.from(past))));
    }

    @Test
    void rejectsTokenNotYetValid() {
        assertRejected(signed(validClaims().notBefore(Date.from(Instant.now().plus(Duration.ofMinutes(5))))));
    }

    @Test
    void rejectsTokenWithoutExpiry() {
        assertRejected(signed(validClaims().expiration(null)));
    }

    @Test
    void rejectsWrongIssuer() {
        assertRejected(signed(validClaims().issuer("someone-else")));
    }

    @Test
    void rejectsWrongAudience() {
        JwtBuilder builder = validClaims();
        builder.audience().single("another-api");

        assertRejected(signed(builder));
    }

    @Test
    void rejectsUnknownKeyId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var otherKey = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();

        assertRejected(validClaims().header().keyId("unknown-key").and()
                .signWith(otherKey, Jwts.SIG.RS256).compact());
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
