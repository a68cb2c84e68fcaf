package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.minisuite.post.FilmStub;
import dev.minisuite.post.PostIntegrationTest;
import dev.minisuite.post.PostsApi;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Posts that name a film, checked against {@link FilmStub}, a real HTTP server standing in for minifilm-service.
 */
@PostIntegrationTest
class FilmCheckIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PostsApi alice;

    @BeforeEach
    void setUp() {
        mongo.remove(new Query(), Post.class);
        FilmStub.shared().reset();
        alice = PostsApi.user(port, "alice");
    }

    HttpApi.Response createAbout(String filmId) {
        return alice.create(Json.object("title", "About a film", "text", "t", "film_id", filmId));
    }

    long savedPosts() {
        return mongo.count(new Query(), Post.class);
    }

    void assertUnavailable(HttpApi.Response response) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).contains("5");
        assertThat(response.body()).doesNotContain(alice.token());
    }

    @Test
    void existingFilmIsSaved() {
        HttpApi.Response response = createAbout(FilmStub.KNOWN);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("film_id").asString()).isEqualTo(FilmStub.KNOWN);
        assertThat(savedPosts()).isEqualTo(1);
    }

    @Test
    void filmIdIsStoredInLowerCase() {
        HttpApi.Response response = createAbout(FilmStub.KNOWN.toUpperCase());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("film_id").asString()).isEqualTo(FilmStub.KNOWN);
    }

    @Test
    void callerTokenIsForwarded() {
        createAbout(FilmStub.KNOWN);

        assertThat(FilmStub.shared().authorizationsFor(FilmStub.KNOWN)).containsExactly("Bearer " + alice.token());
    }

    @Test
    void authTokenHeaderIsForwardedAsBearer() {
        HttpApi.Response response = alice.http().post("/api/posts",
                Json.object("title", "About a film", "text", "t", "film_id", FilmStub.KNOWN),
                "auth-token", alice.token());

        assertThat(response.status()).isEqualTo(201);
        assertThat(FilmStub.shared().authorizationsFor(FilmStub.KNOWN)).containsExactly("Bearer " + alice.token());
    }

    @Test
    void postWithoutFilmDoesNotCallFilmService() {
        alice.create(Json.object("title", "No film", "text", "t"));

        assertThat(FilmStub.shared().requestsFor(FilmStub.KNOWN)).isZero();
    }

    @Test
    void unknownFilmIsUnprocessable() {
        HttpApi.Response response = createAbout(FilmStub.MISSING);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(FilmStub.MISSING);
        assertThat(savedPosts()).isZero();
    }

    @Test
    void slowFilmServiceIsUnavailableWithinTimeout() {
        Instant start = Instant.now();

        HttpApi.Response response = createAbout(FilmStub.SLOW);

        Duration elapsed = Duration.between(start, Instant.now());
        assertUnavailable(response);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(4));
        assertThat(savedPosts()).isZero();
    }

    @Test
    void failingFilmServiceIsUnavailable() {
        HttpApi.Response response = createAbout(FilmStub.BROKEN);

        assertUnavailable(response);
        assertThat(savedPosts()).isZero();
    }

    @Test
    void tokenRejectedByFilmServiceIsUnavailable() {
        HttpApi.Response response = createAbout(FilmStub.REJECTS_TOKEN);

        assertUnavailable(response);
        assertThat(savedPosts()).isZero();
    }

    @Test
    void patchToUnknownFilmIsUnprocessable() {
        String id = alice.createId(Json.object("title", "t", "text", "t", "film_id", FilmStub.KNOWN));

        HttpApi.Response response = alice.patch(id, Json.object("film_id", FilmStub.MISSING, "text", "changed"));

        assertThat(response.status()).isEqualTo(422);
        HttpApi.Response stored = alice.get("/api/posts/" + id);
        assertThat(stored.json().get("film_id").asString()).isEqualTo(FilmStub.KNOWN);
        assertThat(stored.json().get("text").asString()).isEqualTo("t");
    }

    @Test
    void patchToExistingFilmIsChecked() {
        String id = alice.createId(Json.object("title", "t", "text", "t"));

        HttpApi.Response response = alice.patch(id, Json.object("film_id", FilmStub.OTHER_KNOWN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(FilmStub.shared().requestsFor(FilmStub.OTHER_KNOWN)).isEqualTo(1);
    }

    @Test
    void patchKeepingFilmDoesNotCheckAgain() {
        String id = alice.createId(Json.object("title", "t", "text", "t", "film_id", FilmStub.KNOWN));

        alice.patch(id, Json.object("text", "changed", "film_id", FilmStub.KNOWN));

        assertThat(FilmStub.shared().requestsFor(FilmStub.KNOWN)).isEqualTo(1);
    }

    @Test
    void patchWhileFilmServiceFailsChangesNothing() {
        String id = alice.createId(Json.object("title", "t", "text", "t"));

        HttpApi.Response response = alice.patch(id, Json.object("film_id", FilmStub.BROKEN, "text", "changed"));

        assertUnavailable(response);
        assertThat(alice.get("/api/posts/" + id).json().get("text").asString()).isEqualTo("t");
    }
}
