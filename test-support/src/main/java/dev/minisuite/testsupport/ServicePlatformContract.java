package dev.minisuite.testsupport;

import static dev.minisuite.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Checks what every MiniSuite service promises beyond its own endpoints: a problem detail for each kind of
 * error, request ids, the health probes, an actuator closed but for health and info, and the OpenAPI document.
 *
 * <p>A service's test extends this class, starts the service on a random port and names a few of its endpoints.
 */
public abstract class ServicePlatformContract {

    @LocalServerPort
    private int port;

    private HttpApi api;

    /** Returns a token that may send a JSON body to {@link #jsonEndpoint()}. */
    protected abstract String token();

    /** Returns a path that takes {@code POST} with a JSON body, and no {@code DELETE}. */
    protected abstract String jsonEndpoint();

    /** Returns a path that needs a token for {@code GET}. */
    protected abstract String protectedEndpoint();

    protected HttpApi api() {
        return api;
    }

    @BeforeEach
    void connect() {
        api = HttpApi.onLocalPort(port);
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        assertProblem(api.get("/api/nothing/here", HttpApi.bearer(token())), 404);
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() {
        HttpApi.Response response = api.delete(jsonEndpoint(), HttpApi.bearer(token()));

        assertProblem(response, 405);
        assertThat(response.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeProblem() {
        assertProblem(api.post(jsonEndpoint(), "name=x", "Content-Type", "text/plain",
                "Authorization", "Bearer " + token()), 415);
    }

    @Test
    void malformedJsonIsBadRequestProblem() {
        assertProblem(api.post(jsonEndpoint(), "{\"name\": ", HttpApi.bearer(token())), 400);
    }

    @Test
    void emptyBodyIsBadRequestProblem() {
        assertProblem(api.post(jsonEndpoint(), "", HttpApi.bearer(token())), 400);
    }

    @Test
    void oversizedBodyIsContentTooLargeProblem() {
        String body = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";

        assertProblem(api.post(jsonEndpoint(), body, HttpApi.bearer(token())), 413);
    }

    @Test
    void chunkedOversizedBodyIsRejected() {
        byte[] body = ("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher chunked =
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));

        assertProblem(api.send("POST", jsonEndpoint(), chunked, true, HttpApi.bearer(token())), 413);
    }

    @Test
    void duplicateJsonKeyIsBadRequestProblem() {
        assertProblem(api.post(jsonEndpoint(), "{\"name\": \"a\", \"name\": \"b\"}", HttpApi.bearer(token())), 400);
    }

    @Test
    void nulInQueryIsBadRequestProblem() {
        assertProblem(api.get(protectedEndpoint() + "?q=a%00b", HttpApi.bearer(token())), 400);
    }

    @Test
    void badPercentEncodingIsBadRequestProblem() {
        HttpApi.RawResponse response = api.sendRaw("GET", protectedEndpoint() + "?q=%ZZ",
                "Authorization", "Bearer " + token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void illegalRequestCharacterIsRejected() {
        HttpApi.RawResponse response = api.sendRaw("GET", protectedEndpoint() + "?q={a}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidUtf8InQueryIsBadRequestProblem() {
        assertProblem(api.get(protectedEndpoint() + "?q=%C3", HttpApi.bearer(token())), 400);
    }

    @Test
    void encodedSlashInPathIsBadRequestProblem() {
        assertProblem(api.get(protectedEndpoint() + "/abc%2Fdef", HttpApi.bearer(token())), 400);
    }

    @Test
    void containerErrorNamesRequestedPath() {
        HttpApi.Response response = api.send("TRACE", protectedEndpoint(), null, HttpApi.bearer(token()));

        assertProblem(response, 405);
        assertThat(response.json().get("instance").asString()).isEqualTo(protectedEndpoint());
    }

    @Test
    void errorPathIsNotFoundProblem() {
        assertProblem(api.get("/error"), 404);
    }

    @Test
    void missingTokenIsUnauthorizedProblem() {
        HttpApi.Response response = api.get(protectedEndpoint());

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void responsesCarryRequestId() {
        HttpApi.Response response = api.get(protectedEndpoint(), "X-Request-Id", "trace-123");

        assertThat(response.header("X-Request-Id")).contains("trace-123");
    }

    @Test
    void malformedRequestIdIsReplaced() {
        HttpApi.Response response = api.get(protectedEndpoint(), "X-Request-Id", "bad id\twith spaces");

        assertThat(response.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
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
    void environmentEndpointIsNotExposed() {
        assertThat(api.get("/actuator/env", HttpApi.bearer(token())).status()).isEqualTo(404);
    }

    @Test
    void beansEndpointIsNotExposed() {
        assertThat(api.get("/actuator/beans", HttpApi.bearer(token())).status()).isEqualTo(404);
    }

    @Test
    void openApiDocumentIsPublic() {
        assertThat(api.get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
