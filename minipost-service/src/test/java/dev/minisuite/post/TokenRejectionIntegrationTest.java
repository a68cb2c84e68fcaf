package dev.minisuite.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import dev.minisuite.testsupport.TokenRejectionContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostIntegrationTest
class TokenRejectionIntegrationTest extends TokenRejectionContract {

    @LocalServerPort
    int port;

    @Override
    protected String readableEndpoint() {
        return "/api/posts";
    }

    @Test
    void rejectsMissingTokenOnCreate() {
        assertThat(api().post("/api/posts", Json.object("title", "t", "text", "t")).status()).isEqualTo(401);
    }

    @Test
    void otherUserCannotDeletePost() {
        PostsApi owner = PostsApi.user(port, "owner");
        String id = owner.createId(Json.object("title", "Mine", "text", "t"));
        PostsApi other = PostsApi.user(port, "other");

        HttpApi.Response response = other.delete(id);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(owner.get("/api/posts/" + id).status()).isEqualTo(200);
    }
}
