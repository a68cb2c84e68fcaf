package dev.minisuite.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import dev.minisuite.testsupport.TestTokens;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sends missing, forged and invalid tokens to the post endpoints. Each must get 401 with a
 * {@code WWW-Authenticate} challenge before any controller runs.
 */
@PostIntegrationTest
class TokenRejectionIntegrationTest {

    @LocalServerPort
    int port;

    HttpApi api;
    String subject;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
        subject = new ObjectId().toHexString();
    }

    void assertRejected(String token) {
        HttpApi.Response response = api.get("/api/posts", HttpApi.bearer(token));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("error=\"invalid_token\""));
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void validTokenIsAccepted() {
        assertThat(api.get("/api/posts", HttpApi.bearer(TestTokens.shared().user(subject, "alice"))).status())
                .isEqualTo(200);
    }

    @Test
    void rejectsMissingToken() {
        HttpApi.Response response = api.get("/api/posts");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("Bearer realm=\"minisuite\"");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectsMissingTokenOnCreate() {
        assertThat(api.post("/api/posts", Json.object("title", "t", "text", "t")).status()).isEqualTo(401);
    }

    @Test
    void rejectsTokenSignedByAnotherKey() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
                TestTokens.shared().claims(subject, "mallory", "USER", "ADMIN").build());
        forged.sign(new RSASSASigner(otherKey));

        assertRejected(forged.serialize());
    }

    @Test
    void rejectsTamperedSignature() {
        String token = TestTokens.shared().user(subject, "alice");
        String tail = token.substring(token.length() - 8).chars()
                .mapToObj(ch -> ch == 'A' ? "Q" : "A")
                .reduce("", String::concat);

        assertRejected(token.substring(0, token.length() - 8) + tail);
    }

    @Test
    void rejectsExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));

        assertRejected(TestTokens.shared().sign(TestTokens.shared().claims(subject, "alice", "USER")
                .issueTime(Date.from(past.minusSeconds(60)))
                .notBeforeTime(Date.from(past.minusSeconds(60)))
                .expirationTime(Date.from(past))
                .build()));
    }

    @Test
    void rejectsWrongAudience() {
        assertRejected(TestTokens.shared().sign(TestTokens.shared().claims(subject, "alice", "USER")
                .audience("another-service")
                .build()));
    }

    @Test
    void rejectsWrongIssuer() {
        assertRejected(TestTokens.shared().sign(TestTokens.shared().claims(subject, "alice", "USER")
                .issuer("someone-else")
                .build()));
    }

    @Test
    void rejectsMalformedToken() {
        assertRejected("not.a.token");
    }

    /**
     * The post service has no endpoint reserved for role ADMIN. Its one admin-only action is changing or deleting
     * another user's post, so that is where a USER token must get 403.
     */
    @Test
    void userTokenCannotUseAdminRightsOnOthersPost() {
        PostsApi owner = PostsApi.user(port, "owner");
        String id = owner.createId(Json.object("title", "Mine", "text", "t"));
        PostsApi other = PostsApi.user(port, "other");

        HttpApi.Response response = other.delete(id);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(owner.get("/api/posts/" + id).status()).isEqualTo(200);
    }
}
