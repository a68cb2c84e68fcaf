package dev.minisuite.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.TestTokenIssuer;
import dev.minisuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Verifies tokens against a JWKS served over HTTP, as minifilm-service and minipost-service do.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestTokenIssuer
class TokenValidationIntegrationTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @LocalServerPort
    int port;

    HttpApi api;
    TestTokens tokens = TestTokens.shared();

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
    }

    void assertRejected(String token) {
        HttpApi.Response response = api.get("/probe/user", HttpApi.bearer(token));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("error=\"invalid_token\""));
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void acceptsValidTokenInAuthorizationHeader() {
        HttpApi.Response response = api.get("/probe/user", HttpApi.bearer(tokens.user("user-1", "alice")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("subject").asString()).isEqualTo("user-1");
    }

    @Test
    void acceptsTokenInAuthTokenHeader() {
        assertThat(api.get("/probe/user", "auth-token", tokens.user("user-1", "alice")).status()).isEqualTo(200);
    }

    @Test
    void acceptsBearerPrefixInAuthTokenHeader() {
        assertThat(api.get("/probe/user", "auth-token", "Bearer " + tokens.user("user-1", "alice")).status())
                .isEqualTo(200);
    }

    @Test
    void rejectsMissingTokenWithChallenge() {
        HttpApi.Response response = api.get("/probe/user");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("Bearer realm=\"minisuite\"");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectsMalformedToken() {
        assertRejected("garbage");
    }

    @Test
    void rejectsAlgNone() {
        String payload = tokens.user("user-1", "alice").split("\\.")[1];

        assertRejected(encode("{\"alg\":\"none\"}") + "." + payload + ".");
    }

    @Test
    void rejectsHs256SignedWithPublicKeyJson() throws Exception {
        String publicJwks = new String(new java.net.URI(tokens.jwkSetUri()).toURL().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), tokens.claims("user-1", "alice", "USER").build());
        jwt.sign(new MACSigner(publicJwks.getBytes(StandardCharsets.UTF_8)));

        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsTamperedPayload() {
        String[] parts = tokens.user("user-1", "alice").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"ADMIN\"");

        assertRejected(parts[0] + "." + encode(payload) + "." + parts[2]);
    }

    @Test
    void rejectsExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofMinutes(5));

        assertRejected(tokens.sign(tokens.claims("user-1", "alice", "USER")
                .issueTime(Date.from(past.minusSeconds(60))).notBeforeTime(Date.from(past.minusSeconds(60)))
                .expirationTime(Date.from(past)).build()));
    }

    @Test
    void acceptsTokenExpiredWithinClockSkew() {
        Instant justExpired = Instant.now().minusSeconds(20);

        String token = tokens.sign(tokens.claims("user-1", "alice", "USER")
                .issueTime(Date.from(justExpired.minusSeconds(600))).notBeforeTime(Date.from(justExpired.minusSeconds(600)))
                .expirationTime(Date.from(justExpired)).build());

        assertThat(api.get("/probe/user", HttpApi.bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void rejectsTokenNotYetValid() {
        assertRejected(tokens.sign(tokens.claims("user-1", "alice", "USER")
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(5)))).build()));
    }

    @Test
    void rejectsWrongIssuer() {
        assertRejected(tokens.sign(tokens.claims("user-1", "alice", "USER").issuer("someone-else").build()));
    }

    @Test
    void rejectsWrongAudience() {
        assertRejected(tokens.sign(tokens.claims("user-1", "alice", "USER").audience("another-api").build()));
    }

    @Test
    void rejectsUnknownKeyId() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("unknown-key").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown-key").build(),
                tokens.claims("user-1", "alice", "USER").build());
        jwt.sign(new RSASSASigner(otherKey));

        assertRejected(jwt.serialize());
    }

    @Test
    void rejectsKnownKeyIdWithForeignSignature() throws Exception {
        String kid = SignedJWT.parse(tokens.user("user-1", "alice")).getHeader().getKeyID();
        RSAKey otherKey = new RSAKeyGenerator(2048).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                tokens.claims("user-1", "alice", "USER").build());
        jwt.sign(new RSASSASigner(otherKey));

        assertRejected(jwt.serialize());
    }

    @Test
    void missingRoleIsForbiddenProblem() {
        HttpApi.Response response = api.get("/probe/admin", HttpApi.bearer(tokens.user("user-1", "alice")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
    }

    @Test
    void adminRoleMapsToAuthority() {
        assertThat(api.get("/probe/admin", HttpApi.bearer(tokens.admin("admin-1", "root"))).status()).isEqualTo(200);
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
