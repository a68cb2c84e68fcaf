package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.minisuite.post.PostIntegrationTest;
import dev.minisuite.post.PostsApi;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import dev.minisuite.testsupport.TestTokens;
import org.bson.Document;
import org.bson.types.ObjectId;
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
class PostCreationIntegrationTest {

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
    void createReturnsCreatedPost() {
        HttpApi.Response response = alice.create(Json.object("title", "Hello", "text", "First post",
                "location", "Berlin", "url", "https://example.com/a"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode post = response.json();
        assertThat(post.get("id").asString()).matches("[0-9a-f]{24}");
        assertThat(post.get("title").asString()).isEqualTo("Hello");
        assertThat(post.get("text").asString()).isEqualTo("First post");
        assertThat(post.get("location").asString()).isEqualTo("Berlin");
        assertThat(post.get("url").asString()).isEqualTo("https://example.com/a");
        assertThat(post.get("film_id").isNull()).isTrue();
        assertThat(post.get("hashtags").size()).isZero();
    }

    @Test
    void createSendsLocationAndEtag() {
        HttpApi.Response response = alice.create(Json.object("title", "Hello", "text", "First post"));

        String id = response.json().get("id").asString();
        assertThat(response.header("Location")).contains("/api/posts/" + id);
        assertThat(response.header("ETag")).contains("\"0\"");
    }

    @Test
    void authorComesFromToken() {
        JsonNode post = alice.create(Json.object("title", "Hello", "text", "First post")).json();

        assertThat(post.get("user").asString()).isEqualTo("alice");
        assertThat(post.get("owner_id").asString()).isEqualTo(alice.userId());
    }

    @Test
    void dateIsServerSetUtcInstant() {
        JsonNode post = alice.create(Json.object("title", "Hello", "text", "First post")).json();

        assertThat(post.get("date").asString()).endsWith("Z");
        assertThat(post.get("updated_at").asString()).isEqualTo(post.get("date").asString());
    }

    @Test
    void versionIsNotInJson() {
        JsonNode post = alice.create(Json.object("title", "Hello", "text", "First post")).json();

        assertThat(post.has("version")).isFalse();
        assertThat(post.has("hashtags_lower")).isFalse();
    }

    @Test
    void createdPostCanBeReadBack() {
        String id = alice.createId(Json.object("title", "Hello", "text", "First post"));

        HttpApi.Response read = alice.get("/api/posts/" + id);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("title").asString()).isEqualTo("Hello");
        assertThat(read.header("ETag")).contains("\"0\"");
    }

    @Test
    void titleIsTrimmed() {
        JsonNode post = alice.create(Json.object("title", "  Hello  ", "text", "First post")).json();

        assertThat(post.get("title").asString()).isEqualTo("Hello");
    }

    @Test
    void hashtagsAreStoredWithoutHashAndCollapseCase() {
        JsonNode post = alice.create(Json.object("title", "Tags", "text", "t",
                "hashtags", List.of("#Cloud", "java", "#cloud"))).json();

        assertThat(post.get("hashtags").toString()).isEqualTo("[\"Cloud\",\"java\"]");
    }

    @Test
    void fullWidthHashtagCollapsesWithAsciiTwin() {
        JsonNode post = alice.create(Json.object("title", "Tags", "text", "t",
                "hashtags", List.of("\uff38", "x", "X"))).json();

        assertThat(post.get("hashtags").toString()).isEqualTo("[\"\uff38\"]");
    }

    @Test
    void lowerCasedHashtagsAreStoredForMatching() {
        String id = alice.createId(Json.object("title", "Tags", "text", "t",
                "hashtags", List.of("#Cloud", "JAVA")));

        Document stored = mongo.getCollection("posts").find(new Document("_id", new ObjectId(id))).first();

        assertThat(stored).isNotNull();
        assertThat(stored.getList("hashtags_lower", String.class)).containsExactly("cloud", "java");
        assertThat(stored.getList("hashtags", String.class)).containsExactly("Cloud", "JAVA");
    }

    @Test
    void storedDocumentUsesSnakeCaseFields() {
        String id = alice.createId(Json.object("title", "Film", "text", "t"));

        Document stored = mongo.getCollection("posts").find(new Document("_id", new ObjectId(id))).first();

        assertThat(stored).isNotNull();
        assertThat(stored.getString("owner_id")).isEqualTo(alice.userId());
        assertThat(stored.getString("user")).isEqualTo("alice");
        assertThat(stored.get("date")).isNotNull();
        assertThat(stored.get("updated_at")).isNotNull();
    }

    @Test
    void hashtagWithSpaceIsRejected() {
        HttpApi.Response response = alice.create(Json.object("title", "Tags", "text", "t",
                "hashtags", List.of("java", "no spaces")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("hashtags[1]");
        assertThat(response.firstErrorMessage()).contains("letters, digits and _");
    }

    @Test
    void elevenHashtagsAreRejected() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tags.add("tag" + i);
        }

        HttpApi.Response response = alice.create(Json.object("title", "Tags", "text", "t", "hashtags", tags));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("hashtags");
        assertThat(response.firstErrorMessage()).contains("at most 10");
    }

    @Test
    void tenHashtagsAreAccepted() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tags.add("tag" + i);
        }

        assertThat(alice.create(Json.object("title", "Tags", "text", "t", "hashtags", tags)).status())
                .isEqualTo(201);
    }

    @Test
    void hashtagOver50CharactersIsRejected() {
        HttpApi.Response response = alice.create(Json.object("title", "Tags", "text", "t",
                "hashtags", List.of("#" + "a".repeat(51))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("hashtags[0]");
    }

    @Test
    void bareHashIsRejected() {
        HttpApi.Response response = alice.create(Json.object("title", "Tags", "text", "t", "hashtags", List.of("#")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("hashtags[0]");
    }

    @Test
    void missingTitleAndTextAreListed() {
        HttpApi.Response response = alice.create("{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder("title", "text");
    }

    @Test
    void blankTitleIsRejected() {
        HttpApi.Response response = alice.create(Json.object("title", "   ", "text", "t"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("title");
    }

    @Test
    void titleOf200CharactersIsAccepted() {
        assertThat(alice.create(Json.object("title", "t".repeat(200), "text", "t")).status()).isEqualTo(201);
    }

    @Test
    void titleOver200CharactersIsRejected() {
        HttpApi.Response response = alice.create(Json.object("title", "t".repeat(201), "text", "t"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("title");
        assertThat(response.firstErrorMessage()).contains("200");
    }

    @Test
    void textOver5000CharactersIsRejected() {
        HttpApi.Response response = alice.create(Json.object("title", "Long", "text", "x".repeat(5001)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("text");
    }

    @Test
    void locationOver100CharactersIsRejected() {
        HttpApi.Response response = alice.create(Json.object("title", "Far", "text", "t",
                "location", "l".repeat(101)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("location");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/page", "/relative", "ftp://example.com/file", "https://", "not a url"})
    void urlMustBeAbsoluteHttp(String url) {
        HttpApi.Response response = alice.create(Json.object("title", "Link", "text", "t", "url", url));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1776", "64b0a000000000000000000g", "64b0a00000000000000000011"})
    void malformedFilmIdIsRejected(String filmId) {
        HttpApi.Response response = alice.create(Json.object("title", "Film", "text", "t", "film_id", filmId));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("film_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "user", "owner_id", "date", "updated_at"})
    void serverSetFieldIsRejected(String field) {
        HttpApi.Response response = alice.create(Json.object("title", "Spoof", "text", "t",
                field, "000000000000000000000001"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly(field);
        assertThat(response.firstErrorMessage()).contains("set by the server");
    }

    @Test
    void clientSentOwnerIdSavesNothing() {
        alice.create(Json.object("title", "Spoof", "text", "t", "owner_id", new ObjectId().toHexString()));

        assertThat(mongo.count(new Query(), Post.class)).isZero();
    }

    @Test
    void unknownFieldIsRejected() {
        HttpApi.Response response = alice.create(Json.object("title", "Old", "text", "t", "hashtag", "java"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("hashtag");
        assertThat(response.firstErrorMessage()).contains("not a field");
    }

    @Test
    void wrongJsonTypeIsRejected() {
        HttpApi.Response response = alice.create("{\"title\": 5, \"text\": [\"t\"], \"hashtags\": \"java\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("title", "text", "hashtags");
    }

    @Test
    void bodyThatIsNotObjectIsRejected() {
        HttpApi.Response response = alice.create("[1, 2]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void tokenWithoutUsernameCannotPost() {
        String subject = new ObjectId().toHexString();
        String token = TestTokens.shared().sign(
                TestTokens.shared().claims(subject, "unused", "USER").claim("username", null).build());

        HttpApi.Response response = HttpApi.onLocalPort(port).post("/api/posts",
                Json.object("title", "Anonymous", "text", "t"), HttpApi.bearer(token));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains("username");
    }
}
