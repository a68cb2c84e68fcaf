package dev.minisuite.post.posts;

import static dev.minisuite.testsupport.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * Checks that text fields and list filters reject control and bidirectional override characters, and that post
 * ids are found in any letter case.
 */
@PostIntegrationTest
class PostInputIntegrationTest {

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

    HttpApi.Response createWith(String field, String value) {
        List<Object> members = new ArrayList<>(List.of("title", "Hello", "text", "Body"));
        int index = members.indexOf(field);
        if (index >= 0) {
            members.set(index + 1, value);
        }
        else {
            members.add(field);
            members.add(value);
        }
        return alice.create(Json.object(members.toArray()));
    }

    // Text fields

    @Test
    void titleWithBellIsRejected() {
        HttpApi.Response response = createWith("title", "a\u0007b");

        assertInvalidField(response, "title");
        assertThat(response.firstErrorMessage()).isEqualTo("must not contain control characters");
    }

    @Test
    void controlCharacterIsRejectedInSingleLineFields() {
        for (String field : List.of("title", "location", "url")) {
            String value = field.equals("url") ? "https://example.com/a\u0000b" : "a\u0000b";

            HttpApi.Response response = createWith(field, value);

            assertThat(response.errorFields()).as(field).containsExactly(field);
        }
    }

    @Test
    void newlineInTitleIsRejected() {
        assertInvalidField(createWith("title", "Hello\nWorld"), "title");
    }

    @Test
    void c1ControlInLocationIsRejected() {
        assertInvalidField(createWith("location", "Berlin\u0085"), "location");
    }

    @Test
    void controlCharacterInHashtagIsRejected() {
        HttpApi.Response response = alice.create("{\"title\": \"T\", \"text\": \"B\", \"hashtags\": [\"a\\u0000b\"]}");

        assertInvalidField(response, "hashtags[0]");
    }

    @Test
    void textKeepsTabsAndLineBreaks() {
        HttpApi.Response response = createWith("text", "Line one\r\n\tLine two\n");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("text").asString()).isEqualTo("Line one\r\n\tLine two\n");
    }

    @Test
    void textWithNulIsRejected() {
        HttpApi.Response response = createWith("text", "a\u0000b");

        assertInvalidField(response, "text");
        assertThat(response.firstErrorMessage()).contains("other than tab, line feed and carriage return");
    }

    @Test
    void textWithEscapeIsRejected() {
        assertInvalidField(createWith("text", "red \u001b[31m text"), "text");
    }

    @Test
    void bidiOverrideIsRejectedInEveryTextField() {
        for (String field : List.of("title", "text", "location", "url")) {
            String value = field.equals("url") ? "https://example.com/\u202egpj" : "abc\u202egpj";

            HttpApi.Response response = createWith(field, value);

            assertThat(response.errorFields()).as(field).containsExactly(field);
        }
    }

    @Test
    void bidiIsolateInTitleIsRejected() {
        assertInvalidField(createWith("title", "a\u2067b\u2069"), "title");
    }

    @Test
    void zeroWidthJoinerIsAccepted() {
        HttpApi.Response response = createWith("title", "Coder \uD83D\uDC69\u200D\uD83D\uDCBB");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void patchTitleWithBellIsRejected() {
        String id = alice.createId(Json.object("title", "Hello", "text", "Body"));

        HttpApi.Response response = alice.patch(id, Json.object("title", "a\u0007b"));

        assertInvalidField(response, "title");
        assertThat(alice.get("/api/posts/" + id).json().get("title").asString()).isEqualTo("Hello");
    }

    @Test
    void invalidUrlHasPlainMessage() {
        HttpApi.Response response = createWith("url", "not a url");

        assertInvalidField(response, "url");
        assertThat(response.firstErrorMessage()).startsWith("must be an absolute http or https URL");
        assertThat(response.body()).doesNotContain("Illegal character");
    }

    // Filters

    @Test
    void nulInUserFilterIsBadRequest() {
        assertThat(alice.get("/api/posts?user=%00").status()).isEqualTo(400);
    }

    @Test
    void controlCharacterInFiltersIsBadRequest() {
        for (String parameter : List.of("user", "owner_id", "hashtag", "film_id")) {
            assertThat(alice.get("/api/posts?" + parameter + "=a%07b").status()).as(parameter).isEqualTo(400);
        }
    }

    // Ids

    @Test
    void upperCaseIdFindsPost() {
        String id = alice.createId(Json.object("title", "Hello", "text", "Body"));

        HttpApi.Response response = alice.get("/api/posts/" + id.toUpperCase(Locale.ROOT));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("id").asString()).isEqualTo(id);
    }

    @Test
    void upperCaseIdPatchesPost() {
        String id = alice.createId(Json.object("title", "Hello", "text", "Body"));

        HttpApi.Response response = alice.patch(id.toUpperCase(Locale.ROOT), Json.object("title", "Changed"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(alice.get("/api/posts/" + id).json().get("title").asString()).isEqualTo("Changed");
    }

    @Test
    void upperCaseIdDeletesPost() {
        String id = alice.createId(Json.object("title", "Hello", "text", "Body"));

        HttpApi.Response response = alice.delete(id.toUpperCase(Locale.ROOT), "If-Match", "\"0\"");

        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(alice.get("/api/posts/" + id).status()).isEqualTo(404);
    }
}
