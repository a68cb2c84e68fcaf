package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minisuite.post.PostIntegrationTest;
import dev.minisuite.post.PostsApi;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

@PostIntegrationTest
class PostReadIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PostsApi alice;

    @BeforeEach
    void setUp() {
        mongo.remove(new Query(), Post.class);
        alice = PostsApi.user(port, "alice");
    }

    @Test
    void otherUsersCanReadPost() {
        String id = alice.createId(Json.object("title", "Hello", "text", "First post"));

        HttpApi.Response response = PostsApi.user(port, "bob").get("/api/posts/" + id);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("id").asString()).isEqualTo(id);
        assertThat(response.header("ETag")).contains("\"0\"");
    }

    @Test
    void unknownIdIsNotFoundProblem() {
        HttpApi.Response response = alice.get("/api/posts/000000000000000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("000000000000000000000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-id", "123", "zzzzzzzzzzzzzzzzzzzzzzzz", "%7B%22%24ne%22%3A1%7D"})
    void malformedIdIsNotFoundProblem(String id) {
        HttpApi.Response response = alice.get("/api/posts/" + id);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedIdPatchIsNotFound() {
        assertThat(alice.patch("not-an-id", Json.object("text", "x")).status()).isEqualTo(404);
    }

    @Test
    void malformedIdDeleteIsNotFound() {
        assertThat(alice.delete("not-an-id").status()).isEqualTo(404);
    }
}
