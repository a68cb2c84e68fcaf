package dev.minisuite.auth;

import static dev.minisuite.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import dev.minisuite.testsupport.ServicePlatformContract;
import org.junit.jupiter.api.Test;

@AuthIntegrationTest
class ServicePlatformIntegrationTest extends ServicePlatformContract {

    private String token;

    @Override
    protected String token() {
        if (token == null) {
            String email = "platform-" + UUID.randomUUID() + "@example.com";
            api().post("/api/user/register",
                    Json.object("username", "platform-" + UUID.randomUUID().toString().substring(0, 8),
                            "email", email, "password", "correct horse"));
            token = api().post("/api/user/login", Json.object("email", email, "password", "correct horse"))
                    .json().get("access_token").asString();
        }
        return token;
    }

    @Override
    protected String jsonEndpoint() {
        return "/api/user/register";
    }

    @Override
    protected String protectedEndpoint() {
        return "/api/user/me";
    }

    @Test
    void wrongJsonTypeNamesField() {
        HttpApi.Response response = api().post("/api/user/register", "{\"username\": [1, 2]}");

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    }

    @Test
    void openApiDocumentsEveryEndpoint() {
        HttpApi.Response response = api().get("/v3/api-docs");

        assertThat(response.json().get("paths").propertyNames()).contains("/api/user/register", "/api/user/login",
                "/api/user/me", "/api/user/{id}", "/.well-known/jwks.json");
    }

    @Test
    void openApiSchemasUseSnakeCase() {
        HttpApi.Response response = api().get("/v3/api-docs");

        assertThat(response.json().at("/components/schemas/TokenResponse/properties").propertyNames())
                .containsExactlyInAnyOrder("access_token", "token_type", "expires_in");
    }
}
