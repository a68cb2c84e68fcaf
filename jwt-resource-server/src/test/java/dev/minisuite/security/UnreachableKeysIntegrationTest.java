package dev.minisuite.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the JWKS cannot be fetched, no token can be checked, so the response is 503 and not 401 or 500.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableKeysIntegrationTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keysOnClosedPort(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + closedPort + "/.well-known/jwks.json");
    }

    @Test
    void unreachableKeysGiveServiceUnavailable() {
        String token = TestTokens.shared().user("user-1", "alice");

        HttpApi.Response response = HttpApi.onLocalPort(port).get("/probe/user", HttpApi.bearer(token));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isPresent();
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
