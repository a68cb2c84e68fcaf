package dev.minisuite.film;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Checks what every MiniSuite service promises beyond its own endpoints: problem details for each kind of error,
 * the probes, the closed actuator and the OpenAPI document.
 */
@FilmIntegrationTest
class ServicePlatformIntegrationTest {

    @LocalServerPort
    int port;

    HttpApi api;
    String token;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
        token = TestTokens.shared().user("000000000000000000000001", "platform");
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
        assertProblem(api.get("/api/films/a/b/c", HttpApi.bearer(token)), 404);
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() {
        assertProblem(api.send("PUT", "/api/films", "{}", HttpApi.bearer(TestTokens.shared()
                .admin("000000000000000000000002", "admin"))), 405);
    }

    @Test
    void malformedJsonIsBadRequestProblem() {
        String admin = TestTokens.shared().admin("000000000000000000000002", "admin");

        assertProblem(api.post("/api/films", "{\"film_name\": ", HttpApi.bearer(admin)), 400);
    }

    @Test
    void missingTokenIsUnauthorizedProblem() {
        assertProblem(api.get("/api/films"), 401);
    }

    @Test
    void responsesCarryRequestId() {
        HttpApi.Response response = api.get("/api/films", "X-Request-Id", "film-trace-1");

        assertThat(response.header("X-Request-Id")).contains("film-trace-1");
    }

    @Test
    void livenessProbeIsUp() {
        HttpApi.Response response = api.get("/actuator/health/liveness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void readinessGroupIncludesMongo() {
        HttpApi.Response response = api.get("/actuator/health/readiness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().at("/components/mongo/status").asString()).isEqualTo("UP");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(api.get("/actuator/env", HttpApi.bearer(token)).status()).isEqualTo(404);
    }

    @Test
    void openApiDocumentsEveryFilmsPath() {
        HttpApi.Response response = api.get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").propertyNames())
                .contains("/api/films", "/api/films/{id}", "/api/films/import");
    }

    @Test
    void openApiDocumentsEveryFilmsOperation() {
        var paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.get("/api/films").propertyNames()).contains("get", "post");
        assertThat(paths.get("/api/films/{id}").propertyNames()).contains("get", "put", "patch", "delete");
        assertThat(paths.get("/api/films/import").propertyNames()).contains("post");
    }

    @Test
    void openApiHidesServerSetRequestFields() {
        var schemas = api.get("/v3/api-docs").json().at("/components/schemas/FilmRequest/properties");

        assertThat(schemas.propertyNames()).contains("film_name");
        assertThat(schemas.propertyNames()).doesNotContain("id", "created_at", "updated_at");
    }

    @Test
    void openApiNamesResponseFieldsInSnakeCase() {
        var properties = api.get("/v3/api-docs").json().at("/components/schemas/FilmResponse/properties");

        assertThat(properties.propertyNames()).contains("film_name", "release_date", "created_at", "updated_at");
        assertThat(properties.propertyNames()).doesNotContain("filmName", "version");
    }
}
