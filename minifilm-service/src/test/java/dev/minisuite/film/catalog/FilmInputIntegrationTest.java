package dev.minisuite.film.catalog;

import static dev.minisuite.testsupport.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import dev.minisuite.film.FilmIntegrationTest;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import dev.minisuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Checks that film bodies are read with strict JSON types and that text fields reject control and bidirectional
 * override characters, on create, replace and merge patch.
 */
@FilmIntegrationTest
class FilmInputIntegrationTest {

    static final String ADMIN = TestTokens.shared().admin("000000000000000000000040", "admin");
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final List<String> TEXT_FIELDS = List.of("film_name", "film_type", "director", "mpaa_rating",
            "film_link");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
        mongo.remove(new Query(), Film.class);
    }

    HttpApi.Response post(String json) {
        return api.post("/api/films", json, HttpApi.bearer(ADMIN));
    }

    HttpApi.Response put(String id, String json) {
        return api.send("PUT", "/api/films/" + id, json, "Authorization", "Bearer " + ADMIN);
    }

    HttpApi.Response patch(String id, String json) {
        return api.send("PATCH", "/api/films/" + id, json, "Authorization", "Bearer " + ADMIN,
                "Content-Type", MERGE_PATCH);
    }

    HttpApi.Response get(String id) {
        return api.get("/api/films/" + id, HttpApi.bearer(ADMIN));
    }

    /** Creates a film with only a name, so that any film_year is consistent with it, and returns its id. */
    String createFilm() {
        HttpApi.Response response = post(Json.object("film_name", "Plain"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    // Strict JSON types

    @Test
    void yearAsStringIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"film_year\": \"2001\"}"), "film_year");
    }

    @Test
    void patchYearAsStringIsRejected() {
        String id = createFilm();

        assertInvalidField(patch(id, "{\"film_year\": \"2001\"}"), "film_year");
        assertThat(get(id).json().get("film_year").isNull()).isTrue();
    }

    @Test
    void patchRatingAsStringIsRejected() {
        String id = createFilm();

        assertInvalidField(patch(id, "{\"imdb_rating\": \"9\"}"), "imdb_rating");
    }

    @Test
    void patchDirectorAsNumberIsRejected() {
        String id = createFilm();

        assertInvalidField(patch(id, "{\"director\": 123}"), "director");
        assertThat(get(id).json().get("director").isNull()).isTrue();
    }

    @Test
    void putNameAsNumberIsRejected() {
        String id = createFilm();

        assertInvalidField(put(id, "{\"film_name\": 1776}"), "film_name");
    }

    @Test
    void fractionalYearIsRejected() {
        HttpApi.Response response = post("{\"film_name\": \"X\", \"film_year\": 2001.5}");

        assertInvalidField(response, "film_year");
        assertThat(response.firstErrorMessage()).contains("whole number");
    }

    @Test
    void fractionalRunningTimeIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"running_time_min\": 90.5}"), "running_time_min");
    }

    @Test
    void releaseDateAsNumberIsRejected() {
        String id = createFilm();

        assertInvalidField(patch(id, "{\"release_date\": 12345}"), "release_date");
        assertInvalidField(patch(id, "{\"release_date\": 0}"), "release_date");
        assertThat(get(id).json().get("release_date").isNull()).isTrue();
    }

    @Test
    void releaseDateAsArrayIsRejected() {
        HttpApi.Response response = post("{\"film_name\": \"X\", \"release_date\": [2001, 2, 3]}");

        assertInvalidField(response, "release_date");
        assertThat(response.firstErrorMessage()).contains("ISO-8601");
    }

    @Test
    void releaseDateWithoutPaddingIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"release_date\": \"2001-2-3\"}"), "release_date");
    }

    @Test
    void impossibleReleaseDateIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"release_date\": \"2001-02-30\"}"), "release_date");
    }

    // Numbers out of range

    @Test
    void hugeIntegerYearIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"film_year\": 99999999999999999999}"), "film_year");
    }

    @Test
    void hugeIntegerRunningTimeIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"running_time_min\": 99999999999999999999}"),
                "running_time_min");
    }

    @Test
    void overflowingYearIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"film_year\": 1e400}"), "film_year");
    }

    @Test
    void overflowingRunningTimeIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"running_time_min\": -1e400}"), "running_time_min");
    }

    @Test
    void overflowingRatingIsRejected() {
        assertInvalidField(post("{\"film_name\": \"X\", \"imdb_rating\": 1e400}"), "imdb_rating");
        assertInvalidField(post("{\"film_name\": \"X\", \"imdb_rating\": -1e400}"), "imdb_rating");
    }

    @Test
    void patchHugeYearIsRejected() {
        String id = createFilm();

        assertInvalidField(patch(id, "{\"film_year\": 99999999999999999999}"), "film_year");
    }

    @Test
    void patchOverflowingRatingIsRejected() {
        String id = createFilm();

        assertInvalidField(patch(id, "{\"imdb_rating\": 1e400}"), "imdb_rating");
    }

    // Characters in text fields

    @Test
    void patchNameWithNulIsRejected() {
        String id = createFilm();

        HttpApi.Response response = patch(id, Json.object("film_name", "a\u0000b"));

        assertInvalidField(response, "film_name");
        assertThat(response.firstErrorMessage()).isEqualTo("must not contain control characters");
        assertThat(get(id).json().get("film_name").asString()).isEqualTo("Plain");
    }

    @Test
    void controlCharacterIsRejectedInEveryTextField() {
        for (String field : TEXT_FIELDS) {
            String value = field.equals("film_link") ? "https://example.com/a\u0007b" : "a\u0007b";
            String body = field.equals("film_name") ? Json.object(field, value)
                    : Json.object("film_name", "X", field, value);

            HttpApi.Response response = post(body);

            assertThat(response.errorFields()).as(field).containsExactly(field);
        }
    }

    @Test
    void c1ControlCharacterIsRejected() {
        assertInvalidField(post(Json.object("film_name", "a\u0085b")), "film_name");
    }

    @Test
    void trailingNewlineInNameIsRejected() {
        assertInvalidField(post(Json.object("film_name", "Heat\n")), "film_name");
    }

    @Test
    void bidiOverrideIsRejectedInEveryTextField() {
        for (String field : TEXT_FIELDS) {
            String value = field.equals("film_link") ? "https://example.com/\u202egpj" : "abc\u202egpj";
            String body = field.equals("film_name") ? Json.object(field, value)
                    : Json.object("film_name", "X", field, value);

            HttpApi.Response response = post(body);

            assertThat(response.errorFields()).as(field).containsExactly(field);
        }
    }

    @Test
    void bidiIsolateIsRejected() {
        assertInvalidField(post(Json.object("film_name", "a\u2066b\u2069")), "film_name");
    }

    @Test
    void zeroWidthJoinerIsAccepted() {
        HttpApi.Response response = post(Json.object("film_name", "Coder \uD83D\uDC69\u200D\uD83D\uDCBB"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void invalidLinkHasPlainMessage() {
        HttpApi.Response response = post(Json.object("film_name", "X", "film_link", "not a url"));

        assertInvalidField(response, "film_link");
        assertThat(response.firstErrorMessage()).startsWith("must be an absolute http or https URL");
    }

    @Test
    void invalidLinkHidesParserReason() {
        HttpApi.Response response = post(Json.object("film_name", "X", "film_link", "not a url"));

        assertThat(response.body()).doesNotContain("Illegal character");
    }

    // Ids

    @Test
    void upperCaseIdFindsFilm() {
        String id = createFilm();

        HttpApi.Response response = get(id.toUpperCase(Locale.ROOT));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("id").asString()).isEqualTo(id);
    }

    @Test
    void upperCaseIdPatchesFilm() {
        String id = createFilm();

        HttpApi.Response response = patch(id.toUpperCase(Locale.ROOT), Json.object("director", "Someone"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(get(id).json().get("director").asString()).isEqualTo("Someone");
    }
}
