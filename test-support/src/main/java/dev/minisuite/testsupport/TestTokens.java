package dev.minisuite.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for auth-service in tests of the services that accept its tokens: one RSA key per JVM, published as
 * a JWKS document by a small HTTP server on a random loopback port, and tokens signed with it.
 *
 * <p>Tokens carry the claims auth-service issues, with the default issuer {@code minisuite-auth} and audience
 * {@code minisuite}.
 */
public final class TestTokens {

    public static final String ISSUER = "minisuite-auth";
    public static final String AUDIENCE = "minisuite";

    private static final Logger log = LoggerFactory.getLogger(TestTokens.class);

    private static volatile TestTokens shared;

    private final RSAKey key;
    private final String jwkSetUri;

    private TestTokens(RSAKey key, String jwkSetUri) {
        this.key = key;
        this.jwkSetUri = jwkSetUri;
    }

    /** Returns the key and JWKS server of this JVM, starting them on the first call. */
    public static TestTokens shared() {
        TestTokens tokens = shared;
        if (tokens == null) {
            synchronized (TestTokens.class) {
                tokens = shared;
                if (tokens == null) {
                    tokens = start();
                    shared = tokens;
                }
            }
        }
        return tokens;
    }

    /** Returns the URL of the JWKS document, for {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}. */
    public String jwkSetUri() {
        return jwkSetUri;
    }

    /** Issues a token valid for 15 minutes. */
    public String issue(String subject, String username, String... roles) {
        return sign(claims(subject, username, roles).build());
    }

    /** Issues a token with role {@code USER}. */
    public String user(String subject, String username) {
        return issue(subject, username, "USER");
    }

    /** Issues a token with roles {@code USER} and {@code ADMIN}. */
    public String admin(String subject, String username) {
        return issue(subject, username, "USER", "ADMIN");
    }

    /** Returns the claims of a valid token, to change one before {@link #sign(JWTClaimsSet)}. */
    public JWTClaimsSet.Builder claims(String subject, String username, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("username", username)
                .claim("roles", List.of(roles));
    }

    /** Signs claims with RS256 and this JVM's key. */
    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Could not sign a test token", ex);
        }
    }

    private static TestTokens start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
            String uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
            log.info("Test tokens are verified through the JWKS at {}", uri);
            return new TestTokens(key, uri);
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Could not generate the test signing key", ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the test JWKS server", ex);
        }
    }
}
