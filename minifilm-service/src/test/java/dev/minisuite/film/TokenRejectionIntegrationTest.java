package dev.minisuite.film;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import dev.minisuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sends missing, forged and invalid tokens to the film endpoints: each gets 401 with a {@code WWW-Authenticate}
 * challenge, and a valid USER token gets 403 on an ADMIN endpoint.
 */
@FilmIntegrationTest
class TokenRejectionIntegrationTest {

    static final String SUBJECT = "000000000000000000000003";

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
    }

    void assertRejected(String token) {
        HttpApi.Response response = api.get("/api/films", HttpApi.bearer(token));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("error=\"invalid_token\""));
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void validTokenIsAccepted() {
        assertThat(api.get("/api/films", HttpApi.bearer(TestTokens.shared().user(SUBJECT, "reader"))).status())
                .isEqualTo(200);
    }

    @Test
    void authTokenHeaderIsAccepted() {
        String token = TestTokens.shared().user(SUBJECT, "reader");

        assertThat(api.get("/api/films", "auth-token", token).status()).isEqualTo(200);
    }

    @Test
    void rejectsMissingToken() {
        HttpApi.Response response = api.get("/api/films");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("Bearer"));
    }

    @Test
    void rejectsTokenSignedByAnotherKey() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
                TestTokens.shared().claims(SUBJECT, "forger", "USER", "ADMIN").build());
        forged.sign(new RSASSASigner(otherKey));

        assertRejected(forged.serialize());
    }

    @Test
    void rejectsExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));

        assertRejected(TestTokens.shared().sign(TestTokens.shared().claims(SUBJECT, "late", "USER")
                .issueTime(Date.from(past.minusSeconds(60)))
                .notBeforeTime(Date.from(past.minusSeconds(60)))
                .expirationTime(Date.from(past))
                .build()));
    }

    @Test
    void rejectsWrongAudience() {
        assertRejected(TestTokens.shared().sign(TestTokens.shared().claims(SUBJECT, "elsewhere", "USER")
                .audience(List.of("another-api"))
                .build()));
    }

    @Test
    void rejectsWrongIssuer() {
        assertRejected(TestTokens.shared().sign(TestTokens.shared().claims(SUBJECT, "elsewhere", "USER")
                .issuer("someone-else")
                .build()));
    }

    @Test
    void userTokenOnAdminEndpointIsForbidden() {
        HttpApi.Response response = api.post("/api/films", Json.object("film_name", "Forbidden Film"),
                HttpApi.bearer(TestTokens.shared().user(SUBJECT, "reader")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
