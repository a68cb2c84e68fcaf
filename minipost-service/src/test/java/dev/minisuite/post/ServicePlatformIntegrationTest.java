package dev.minisuite.post;

import static dev.minisuite.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.ServicePlatformContract;
import dev.minisuite.testsupport.TestTokens;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

@PostIntegrationTest
class ServicePlatformIntegrationTest extends ServicePlatformContract {

    private final String token = TestTokens.shared().user(new ObjectId().toHexString(), "platform");

    @Override
    protected String token() {
        return token;
    }

    @Override
    protected String jsonEndpoint() {
        return "/api/posts";
    }

    @Override
    protected String protectedEndpoint() {
        return "/api/posts";
    }

    @Test
    void invalidPageParameterIsBadRequestProblem() {
        assertProblem(api().get("/api/posts?page=first", HttpApi.bearer(token())), 400);
    }

    @Test
    void openApiDocumentsEveryPostsPath() {
        HttpApi.Response response = api().get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").propertyNames()).contains("/api/posts", "/api/posts/{id}");
    }

    @Test
    void openApiSchemasUseJsonNames() {
        HttpApi.Response response = api().get("/v3/api-docs");

        assertThat(response.json().at("/components/schemas/PostRequest/properties").propertyNames())
                .containsExactlyInAnyOrder("title", "text", "hashtags", "location", "url", "film_id");
        assertThat(response.json().at("/components/schemas/PostResponse/properties").propertyNames())
                .contains("owner_id", "film_id", "updated_at");
    }

    @Test
    void openApiDocumentsEveryPostsOperation() {
        HttpApi.Response response = api().get("/v3/api-docs");

        assertThat(response.json().get("paths").get("/api/posts").propertyNames()).contains("get", "post");
        assertThat(response.json().get("paths").get("/api/posts/{id}").propertyNames())
                .contains("get", "patch", "delete");
    }
}
