package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.minisuite.post.FilmStub;
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
import tools.jackson.databind.JsonNode;

@PostIntegrationTest
class PostChangeIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PostRepository posts;

    PostsApi alice;
    PostsApi bob;
    PostsApi admin;
    String postId;

    @BeforeEach
    void setUp() {
        mongo.remove(new Query(), Post.class);
        alice = PostsApi.user(port, "alice");
        bob = PostsApi.user(port, "bob");
        admin = PostsApi.admin(port, "admin");
        postId = alice.createId(Json.object("title", "Hello", "text", "First post",
                "hashtags", List.of("Cloud", "java"), "location", "Berlin", "url", "https://example.com/a",
                "film_id", FilmStub.KNOWN));
    }

    Post stored() {
        return posts.findById(postId).orElseThrow();
    }

    @Test
    void ownerPatchChangesOnlyGivenFields() {
        HttpApi.Response response = alice.patch(postId, Json.object("text", "Edited post"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode post = response.json();
        assertThat(post.get("text").asString()).isEqualTo("Edited post");
        assertThat(post.get("title").asString()).isEqualTo("Hello");
        assertThat(post.get("hashtags").toString()).isEqualTo("[\"Cloud\",\"java\"]");
        assertThat(post.get("location").asString()).isEqualTo("Berlin");
        assertThat(post.get("film_id").asString()).isEqualTo(FilmStub.KNOWN);
        assertThat(post.get("owner_id").asString()).isEqualTo(alice.userId());
    }

    @Test
    void patchSendsNewEtag() {
        HttpApi.Response response = alice.patch(postId, Json.object("text", "Edited post"));

        assertThat(response.header("ETag")).contains("\"1\"");
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void patchMovesUpdatedAtButNotDate() throws InterruptedException {
        JsonNode before = alice.get("/api/posts/" + postId).json();
        Thread.sleep(5);

        JsonNode after = alice.patch(postId, Json.object("text", "Edited post")).json();

        assertThat(after.get("date").asString()).isEqualTo(before.get("date").asString());
        assertThat(after.get("updated_at").asString()).isNotEqualTo(before.get("updated_at").asString());
    }

    @Test
    void patchAcceptsPlainJson() {
        HttpApi.Response response = alice.http().send("PATCH", "/api/posts/" + postId,
                Json.object("title", "Plain"), "Authorization", "Bearer " + alice.token(),
                "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("title").asString()).isEqualTo("Plain");
    }

    @Test
    void patchRejectsOtherMediaType() {
        HttpApi.Response response = alice.http().send("PATCH", "/api/posts/" + postId,
                "title=Plain", "Authorization", "Bearer " + alice.token(), "Content-Type", "text/plain");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void patchNormalizesHashtags() {
        JsonNode post = alice.patch(postId, Json.object("hashtags", List.of("#Spring", "#SPRING", "boot"))).json();

        assertThat(post.get("hashtags").toString()).isEqualTo("[\"Spring\",\"boot\"]");
        assertThat(stored().hashtagsLower()).containsExactly("spring", "boot");
    }

    @Test
    void nullClearsOptionalFields() {
        HttpApi.Response response = alice.patch(postId,
                "{\"location\": null, \"url\": null, \"film_id\": null, \"hashtags\": null}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode post = response.json();
        assertThat(post.get("location").isNull()).isTrue();
        assertThat(post.get("url").isNull()).isTrue();
        assertThat(post.get("film_id").isNull()).isTrue();
        assertThat(post.get("hashtags").size()).isZero();
        assertThat(stored().hashtagsLower()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "text"})
    void nullCannotClearRequiredField(String field) {
        HttpApi.Response response = alice.patch(postId, "{\"" + field + "\": null}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(stored().version()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "user", "owner_id", "date", "updated_at"})
    void patchOfServerSetFieldIsRejected(String field) {
        HttpApi.Response response = alice.patch(postId, Json.object(field, "000000000000000000000001"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("set by the server");
        assertThat(stored().ownerId()).isEqualTo(alice.userId());
    }

    @Test
    void patchOfUnknownFieldIsRejected() {
        HttpApi.Response response = alice.patch(postId, Json.object("hashtag", "java"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("hashtag");
    }

    @Test
    void invalidPatchValueIsRejected() {
        HttpApi.Response response = alice.patch(postId, Json.object("title", "t".repeat(201)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(stored().content().title()).isEqualTo("Hello");
    }

    @Test
    void patchOfUnknownPostIsNotFound() {
        assertThat(alice.patch("000000000000000000000000", Json.object("text", "x")).status()).isEqualTo(404);
    }

    @Test
    void otherUserCannotPatch() {
        String etag = alice.get("/api/posts/" + postId).header("ETag").orElseThrow();

        HttpApi.Response response = bob.patch(postId, Json.object("title", "hacked", "text", "hacked"),
                "If-Match", etag);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        Post post = stored();
        assertThat(post.content().title()).isEqualTo("Hello");
        assertThat(post.content().text()).isEqualTo("First post");
        assertThat(post.version()).isZero();
    }

    @Test
    void otherUserCannotDelete() {
        HttpApi.Response response = bob.delete(postId);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        Post post = stored();
        assertThat(post.content().title()).isEqualTo("Hello");
        assertThat(post.content().text()).isEqualTo("First post");
        assertThat(post.version()).isZero();
    }

    @Test
    void adminCanPatch() {
        HttpApi.Response response = admin.patch(postId, Json.object("text", "Moderated"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("owner_id").asString()).isEqualTo(alice.userId());
        assertThat(response.json().get("user").asString()).isEqualTo("alice");
    }

    @Test
    void adminCanDelete() {
        assertThat(admin.delete(postId).status()).isEqualTo(204);
        assertThat(alice.get("/api/posts/" + postId).status()).isEqualTo(404);
    }

    @Test
    void ownerCanDelete() {
        HttpApi.Response response = alice.delete(postId);

        assertThat(response.status()).isEqualTo(204);
        assertThat(posts.existsById(postId)).isFalse();
    }

    @Test
    void deleteOfUnknownPostIsNotFound() {
        assertThat(alice.delete("000000000000000000000000").status()).isEqualTo(404);
    }

    @Test
    void patchWithMatchingIfMatchSucceeds() {
        assertThat(alice.patch(postId, Json.object("text", "x"), "If-Match", "\"0\"").status()).isEqualTo(200);
    }

    @Test
    void patchWithStaleIfMatchIsPreconditionFailed() {
        alice.patch(postId, Json.object("text", "first edit"));

        HttpApi.Response response = alice.patch(postId, Json.object("text", "second edit"), "If-Match", "\"0\"");

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(stored().content().text()).isEqualTo("first edit");
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void deleteWithStaleIfMatchIsPreconditionFailed() {
        alice.patch(postId, Json.object("text", "first edit"));

        HttpApi.Response response = alice.delete(postId, "If-Match", "\"0\"");

        assertThat(response.status()).isEqualTo(412);
        assertThat(posts.existsById(postId)).isTrue();
    }

    @Test
    void deleteWithMatchingIfMatchDeletes() {
        assertThat(alice.delete(postId, "If-Match", "\"0\"").status()).isEqualTo(204);
        assertThat(posts.existsById(postId)).isFalse();
    }

    @Test
    void concurrentPatchesWithSameEtagChangeOnce() throws Exception {
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            String etag = alice.get("/api/posts/" + postId).header("ETag").orElseThrow();
            long versionBefore = stored().version();
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<HttpApi.Response>> calls = new ArrayList<>();
            for (String text : List.of("from thread A " + round, "from thread B " + round)) {
                calls.add(() -> {
                    start.await();
                    return alice.patch(postId, Json.object("text", text), "If-Match", etag);
                });
            }

            List<Integer> statuses = new ArrayList<>();
            try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
                List<Future<HttpApi.Response>> futures = new ArrayList<>();
                for (Callable<HttpApi.Response> call : calls) {
                    futures.add(executor.submit(call));
                }
                start.countDown();
                for (Future<HttpApi.Response> future : futures) {
                    statuses.add(future.get().status());
                }
            }

            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            Post after = stored();
            assertThat(after.version()).isEqualTo(versionBefore + 1);
            assertThat(after.content().text()).isIn("from thread A " + round, "from thread B " + round);
        }
    }

    @Test
    void concurrentPatchesWithoutIfMatchBothApply() throws Exception {
        long versionBefore = stored().version();
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
            Future<HttpApi.Response> titleChange = executor.submit(() -> {
                start.await();
                return alice.patch(postId, Json.object("title", "New title"));
            });
            Future<HttpApi.Response> textChange = executor.submit(() -> {
                start.await();
                return alice.patch(postId, Json.object("text", "New text"));
            });
            start.countDown();
            statuses.add(titleChange.get().status());
            statuses.add(textChange.get().status());
        }

        assertThat(statuses).containsExactly(200, 200);
        Post after = stored();
        assertThat(after.version()).isEqualTo(versionBefore + 2);
        assertThat(after.content().title()).isEqualTo("New title");
        assertThat(after.content().text()).isEqualTo("New text");
    }
}
