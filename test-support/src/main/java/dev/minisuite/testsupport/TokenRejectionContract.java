package dev.minisuite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sends valid, missing, forged and invalid tokens to a service that accepts {@link TestTokens}' tokens. Valid
 * tokens pass; every other one gets 401 with a {@code WWW-Authenticate} challenge and a problem detail.
 *
 * <p>A service's test extends this class with {@link TestTokenIssuer} and names an endpoint that any valid token
 * may read.
 */
public abstract class TokenRejectionContract {

    /** The subject of the tokens this contract signs. */
    protected static final String SUBJECT = "0000000000000000000000aa";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @LocalServerPort
    private int port;

    private HttpApi api;

    /** Returns a path that any valid token may {@code GET} with status 200. */
    protected abstract String readableEndpoint();

    protected HttpApi api() {
        return api;
    }

    protected static TestTokens tokens() {
        return TestTokens.shared();
    }

    @BeforeEach
    void connect() {
        api = HttpApi.onLocalPort(port);
    }

    private void assertRejected(String token) {
        HttpApi.Response response = api.get(readableEndpoint(), HttpApi.bearer(token));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("error=\"invalid_token\""));
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void validTokenIsAccepted() {
        assertThat(api.get(readableEndpoint(), HttpApi.bearer(tokens().user(SUBJECT, "reader"))).status())
                .isEqualTo(200);
    }

    @Test
    void authTokenHeaderIsAccepted() {
        assertThat(api.get(readableEndpoint(), "auth-token", tokens().user(SUBJECT, "reader")).status())
                .isEqualTo(200);
    }

    @Test
    void rejectsMissingToken() {
        HttpApi.Response response = api.get(readableEndpoint());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void rejectsMalformedToken() {
        assertRejected("not-a-token");
    }

    @Test
    void rejectsAlgNone() {
        String payload = tokens().user(SUBJECT, "reader").split("\\.")[1];
        String header = BASE64URL.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertRejected(header + "." + payload + ".");
    }

    @Test
    void rejectsTokenSignedByAnotherKey() throws JOSEException {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
                tokens().claims(SUBJECT, "forger", "USER", "ADMIN").build());
        forged.sign(new RSASSASigner(otherKey));

        assertRejected(forged.serialize());
    }

    @Test
    void rejectsTamperedPayload() {
        String[] parts = tokens().user(SUBJECT, "reader").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"ADMIN\"");

        assertRejected(parts[0] + "." + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2]);
    }

    @Test
    void rejectsExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));

        assertRejected(tokens().sign(tokens().claims(SUBJECT, "late", "USER")
                .issueTime(Date.from(past.minusSeconds(60)))
                .notBeforeTime(Date.from(past.minusSeconds(60)))
                .expirationTime(Date.from(past))
                .build()));
    }

    @Test
    void rejectsWrongAudience() {
        assertRejected(tokens().sign(tokens().claims(SUBJECT, "elsewhere", "USER")
                .audience(List.of("another-api"))
                .build()));
    }

    @Test
    void rejectsWrongIssuer() {
        assertRejected(tokens().sign(tokens().claims(SUBJECT, "elsewhere", "USER")
                .issuer("someone-else")
                .build()));
    }
}
