package dev.minisuite.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.TestTokens;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Checks what every MiniSuite service promises beyond its own endpoints: problem details for each kind of error,
 * the probes, the closed actuator and the OpenAPI document.
 */
@PostIntegrationTest
class ServicePlatformIntegrationTest {

    @LocalServerPort
    int port;

    HttpApi api;
    String token;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
        token = TestTokens.shared().user(new ObjectId().toHexString(), "platform");
    }

    void assertProblem(HttpApi.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(response.body()).doesNotContain("\tat ");
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        assertProblem(api.get("/api/nothing/here", HttpApi.bearer(token)), 404);
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() {
        HttpApi.Response response = api.send("PUT", "/api/posts", "{}", HttpApi.bearer(token));

        assertProblem(response, 405);
        assertThat(response.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeProblem() {
        assertProblem(api.post("/api/posts", "title=x", "Content-Type", "text/plain",
                "Authorization", "Bearer " + token), 415);
    }

    @Test
    void malformedJsonIsBadRequestProblem() {
        assertProblem(api.post("/api/posts", "{\"title\": ", HttpApi.bearer(token)), 400);
    }

    @Test
    void emptyBodyIsBadRequestProblem() {
        assertProblem(api.send("POST", "/api/posts", "", "Authorization", "Bearer " + token,
                "Content-Type", "application/json"), 400);
    }

    @Test
    void invalidPageParameterIsBadRequestProblem() {
        assertProblem(api.get("/api/posts?page=first", HttpApi.bearer(token)), 400);
    }

    @Test
    void oversizedBodyIsContentTooLargeProblem() {
        String body = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";

        assertProblem(api.post("/api/posts", body, HttpApi.bearer(token)), 413);
    }

    @Test
    void missingTokenIsUnauthorizedProblem() {
        assertProblem(api.get("/api/posts"), 401);
    }

    @Test
    void responsesCarryRequestId() {
        HttpApi.Response response = api.get("/api/posts", "X-Request-Id", "trace-123");

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
    void openApiDocumentsEveryPostsPath() {
        HttpApi.Response response = api.get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").propertyNames()).contains("/api/posts", "/api/posts/{id}");
    }

    @Test
    void openApiSchemasUseJsonNames() {
        HttpApi.Response response = api.get("/v3/api-docs");

        assertThat(response.json().at("/components/schemas/PostRequest/properties").propertyNames())
                .containsExactlyInAnyOrder("title", "text", "hashtags", "location", "url", "film_id");
        assertThat(response.json().at("/components/schemas/PostResponse/properties").propertyNames())
                .contains("owner_id", "film_id", "updated_at");
    }

    @Test
    void openApiDocumentsEveryPostsOperation() {
        HttpApi.Response response = api.get("/v3/api-docs");

        assertThat(response.json().get("paths").get("/api/posts").propertyNames()).contains("get", "post");
        assertThat(response.json().get("paths").get("/api/posts/{id}").propertyNames())
                .contains("get", "patch", "delete");
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
