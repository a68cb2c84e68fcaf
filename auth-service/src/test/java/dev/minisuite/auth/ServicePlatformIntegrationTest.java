package dev.minisuite.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.UUID;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Checks what every MiniSuite service promises beyond its own endpoints: problem details for each kind of error,
 * the probes, the closed actuator and the OpenAPI document.
 */
@AuthIntegrationTest
class ServicePlatformIntegrationTest {

    @LocalServerPort
    int port;

    HttpApi api;
    String token;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
        String email = "platform-" + UUID.randomUUID() + "@example.com";
        api.post("/api/user/register", Json.object("username", "platform", "email", email, "password", "correct horse"));
        token = api.post("/api/user/login", Json.object("email", email, "password", "correct horse"))
                .json().get("access_token").asString();
    }

    void assertProblem(HttpApi.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("type").asString()).isEqualTo("about:blank");
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(response.body()).doesNotContain("\tat ");
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        assertProblem(api.get("/api/user/nothing/here", HttpApi.bearer(token)), 404);
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() {
        HttpApi.Response response = api.delete("/api/user/me", HttpApi.bearer(token));

        assertProblem(response, 405);
        assertThat(response.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeProblem() {
        assertProblem(api.post("/api/user/register", "username=x", "Content-Type", "text/plain"), 415);
    }

    @Test
    void malformedJsonIsBadRequestProblem() {
        assertProblem(api.post("/api/user/register", "{\"username\": "), 400);
    }

    @Test
    void wrongJsonTypeIsBadRequestProblem() {
        HttpApi.Response response = api.post("/api/user/register", "{\"username\": [1, 2]}");

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    }

    @Test
    void oversizedBodyIsContentTooLargeProblem() {
        String body = "{\"username\": \"" + "x".repeat(1_100_000) + "\"}";

        assertProblem(api.post("/api/user/register", body), 413);
    }

    @Test
    void oversizedBodyWithoutLengthIsContentTooLargeProblem() {
        byte[] body = ("{\"username\": \"" + "x".repeat(1_100_000) + "\"}").getBytes();
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));

        assertProblem(api.send("POST", "/api/user/register", chunked, true), 413);
    }

    @Test
    void missingTokenIsUnauthorizedProblem() {
        assertProblem(api.get("/api/user/me"), 401);
    }

    @Test
    void responsesCarryRequestId() {
        HttpApi.Response response = api.get("/api/user/me", "X-Request-Id", "trace-123");

        assertThat(response.header("X-Request-Id")).contains("trace-123");
    }

    @Test
    void livenessProbeIsUp() {
        HttpApi.Response response = api.get("/actuator/health/liveness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void readinessProbeIsUp() {
        HttpApi.Response response = api.get("/actuator/health/readiness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void readinessGroupIncludesMongo() {
        HttpApi.Response response = api.get("/actuator/health/readiness");

        assertThat(response.json().at("/components/mongo/status").asString()).isEqualTo("UP");
    }

    @Test
    void infoIsPublic() {
        assertThat(api.get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(api.get("/actuator/env", HttpApi.bearer(token)).status()).isEqualTo(404);
        assertThat(api.get("/actuator/beans", HttpApi.bearer(token)).status()).isEqualTo(404);
    }

    @Test
    void openApiDocumentsEveryEndpoint() {
        HttpApi.Response response = api.get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").propertyNames())
                .contains("/api/user/register", "/api/user/login", "/api/user/me", "/.well-known/jwks.json");
    }

    @Test
    void openApiSchemasUseSnakeCase() {
        HttpApi.Response response = api.get("/v3/api-docs");

        assertThat(response.json().at("/components/schemas/TokenResponse/properties").propertyNames())
                .containsExactlyInAnyOrder("access_token", "token_type", "expires_in");
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
