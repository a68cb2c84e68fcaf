package dev.minisuite.film.catalog;

import static dev.minisuite.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import tools.jackson.databind.JsonNode;

@FilmIntegrationTest
class FilmApiIntegrationTest {

    static final String ADMIN = TestTokens.shared().admin("000000000000000000000010", "admin");
    static final String USER = TestTokens.shared().user("000000000000000000000011", "reader");
    static final String MERGE_PATCH = "application/merge-patch+json";

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

    HttpApi.Response post(String json, String token) {
        return api.post("/api/films", json, HttpApi.bearer(token));
    }

    HttpApi.Response get(String id) {
        return api.get("/api/films/" + id, HttpApi.bearer(USER));
    }

    HttpApi.Response put(String id, String json, String... headers) {
        return api.send("PUT", "/api/films/" + id, json, withAdmin(headers));
    }

    HttpApi.Response patch(String id, String json, String... headers) {
        String[] all = withAdmin(headers);
        boolean typed = List.of(headers).stream().anyMatch(name -> name.equalsIgnoreCase("Content-Type"));
        if (!typed) {
            all = concat(all, "Content-Type", MERGE_PATCH);
        }
        return api.send("PATCH", "/api/films/" + id, json, all);
    }

    static String[] withAdmin(String... headers) {
        return concat(HttpApi.bearer(ADMIN), headers);
    }

    static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Creates the film "The Land Girls" (1998) with every field set, and returns its id. */
    String createFullFilm() {
        HttpApi.Response response = post(fullFilm("The Land Girls"), ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    static String fullFilm(String name) {
        return Json.object("film_name", name, "film_type", "Drama", "film_link", "https://example.com/land-girls",
                "director", "David Leland", "release_date", "1998-06-12", "running_time_min", 111,
                "mpaa_rating", "R", "imdb_rating", 6.1);
    }

    // Create

    @Test
    void createReturnsCreatedFilm() {
        HttpApi.Response response = post(fullFilm("The Land Girls"), ADMIN);

        assertThat(response.status()).isEqualTo(201);
        JsonNode film = response.json();
        String id = film.get("id").asString();
        assertThat(id).hasSize(24);
        assertThat(response.header("Location")).contains("/api/films/" + id);
        assertThat(response.header("ETag")).contains("\"0\"");
        assertThat(film.get("film_name").asString()).isEqualTo("The Land Girls");
        assertThat(film.get("film_type").asString()).isEqualTo("Drama");
        assertThat(film.get("film_year").asInt()).isEqualTo(1998);
        assertThat(film.get("film_link").asString()).isEqualTo("https://example.com/land-girls");
        assertThat(film.get("director").asString()).isEqualTo("David Leland");
        assertThat(film.get("release_date").asString()).isEqualTo("1998-06-12");
        assertThat(film.get("running_time_min").asInt()).isEqualTo(111);
        assertThat(film.get("mpaa_rating").asString()).isEqualTo("R");
        assertThat(film.get("imdb_rating").asDouble()).isEqualTo(6.1);
        assertThat(film.get("created_at").asString()).endsWith("Z");
        assertThat(film.get("updated_at").asString()).isEqualTo(film.get("created_at").asString());
        assertThat(film.has("version")).isFalse();
    }

    @Test
    void createTrimsName() {
        HttpApi.Response response = post(Json.object("film_name", "  Heat  "), ADMIN);

        assertThat(response.json().get("film_name").asString()).isEqualTo("Heat");
    }

    @Test
    void createNeedsOnlyName() {
        HttpApi.Response response = post(Json.object("film_name", "Untitled Project"), ADMIN);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("film_year").isNull()).isTrue();
    }

    @Test
    void createDerivesYearFromReleaseDate() {
        HttpApi.Response response = post(Json.object("film_name", "Heat", "release_date", "1995-12-15"), ADMIN);

        assertThat(response.json().get("film_year").asInt()).isEqualTo(1995);
    }

    @Test
    void yearDisagreeingWithReleaseDateIsRejected() {
        HttpApi.Response response = post(Json.object("film_name", "Heat", "release_date", "1995-12-15",
                "film_year", 1996), ADMIN);

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly("film_year");
    }

    @Test
    void missingNameIsRejected() {
        HttpApi.Response response = post(Json.object("film_type", "Drama"), ADMIN);

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly("film_name");
    }

    @Test
    void blankNameIsRejected() {
        assertThat(post(Json.object("film_name", "   "), ADMIN).errorFields()).containsExactly("film_name");
    }

    @Test
    void nameOf300CharactersIsAccepted() {
        assertThat(post(Json.object("film_name", "x".repeat(300)), ADMIN).status()).isEqualTo(201);
    }

    @Test
    void nameOver300CharactersIsRejected() {
        HttpApi.Response response = post(Json.object("film_name", "x".repeat(301)), ADMIN);

        assertThat(response.errorFields()).containsExactly("film_name");
        assertThat(response.firstErrorMessage()).contains("300");
    }

    @Test
    void yearBefore1870IsRejected() {
        assertThat(post(Json.object("film_name", "Too Early", "film_year", 1869), ADMIN).errorFields())
                .containsExactly("film_year");
    }

    @Test
    void yearTenYearsAheadIsAccepted() {
        int latest = Year.now().getValue() + 10;

        assertThat(post(Json.object("film_name", "Announced", "film_year", latest), ADMIN).status()).isEqualTo(201);
    }

    @Test
    void yearMoreThanTenYearsAheadIsRejected() {
        int tooLate = Year.now().getValue() + 11;

        HttpApi.Response response = post(Json.object("film_name", "Too Late", "film_year", tooLate), ADMIN);

        assertThat(response.errorFields()).containsExactly("film_year");
        assertThat(response.firstErrorMessage()).contains(String.valueOf(tooLate - 1));
    }

    @Test
    void linkMustBeAbsoluteHttpUrl() {
        for (String link : List.of("ftp://example.com/film", "/films/1", "example.com", "https://", "not a url")) {
            HttpApi.Response response = post(Json.object("film_name", "Linked", "film_link", link), ADMIN);

            assertThat(response.errorFields()).as(link).containsExactly("film_link");
        }
    }

    @Test
    void httpLinkIsAccepted() {
        assertThat(post(Json.object("film_name", "Linked", "film_link", "http://example.com/a?b=c"), ADMIN)
                .status()).isEqualTo(201);
    }

    @Test
    void ratingAbove10IsRejected() {
        assertThat(post(Json.object("film_name", "Rated", "imdb_rating", 10.1), ADMIN).errorFields())
                .containsExactly("imdb_rating");
    }

    @Test
    void negativeRatingIsRejected() {
        assertThat(post(Json.object("film_name", "Rated", "imdb_rating", -0.5), ADMIN).errorFields())
                .containsExactly("imdb_rating");
    }

    @Test
    void zeroRunningTimeIsRejected() {
        assertThat(post(Json.object("film_name", "Short", "running_time_min", 0), ADMIN).errorFields())
                .containsExactly("running_time_min");
    }

    @Test
    void everyInvalidFieldIsListed() {
        HttpApi.Response response = post(Json.object("film_name", "", "imdb_rating", 11, "running_time_min", -1,
                "film_link", "mailto:someone@example.com"), ADMIN);

        assertThat(response.errorFields())
                .containsExactlyInAnyOrder("film_name", "imdb_rating", "running_time_min", "film_link");
    }

    @Test
    void clientSentIdIsRejected() {
        HttpApi.Response response = post(Json.object("id", "000000000000000000000001", "film_name", "Mine"), ADMIN);

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly("id");
        assertThat(response.firstErrorMessage()).contains("set by the server");
    }

    @Test
    void clientSentCreatedAtIsRejected() {
        HttpApi.Response response = post(Json.object("film_name", "Mine", "created_at", "2020-01-01T00:00:00Z"),
                ADMIN);

        assertThat(response.errorFields()).containsExactly("created_at");
        assertThat(response.firstErrorMessage()).contains("set by the server");
    }

    @Test
    void clientSentUpdatedAtIsRejected() {
        HttpApi.Response response = post(Json.object("film_name", "Mine", "updated_at", null), ADMIN);

        assertThat(response.errorFields()).containsExactly("updated_at");
    }

    @Test
    void unknownFieldIsRejected() {
        HttpApi.Response response = post(Json.object("film_name", "Mine", "box_office", 1), ADMIN);

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly("box_office");
    }

    @Test
    void wrongTypeNamesField() {
        HttpApi.Response response = post(Json.object("film_name", "Mine", "film_year", "abc"), ADMIN);

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly("film_year");
    }

    @Test
    void malformedReleaseDateNamesField() {
        HttpApi.Response response = post(Json.object("film_name", "Mine", "release_date", "Jun 12 1998"), ADMIN);

        assertThat(response.errorFields()).containsExactly("release_date");
    }

    @Test
    void sameNameAndReleaseDateIsConflict() {
        createFullFilm();

        HttpApi.Response response = post(fullFilm("The Land Girls"), ADMIN);

        assertProblem(response, 409);
        assertThat(response.json().get("detail").asString()).contains("The Land Girls");
    }

    @Test
    void remakeWithOtherReleaseDateIsAccepted() {
        createFullFilm();

        HttpApi.Response response = post(Json.object("film_name", "The Land Girls", "release_date", "2009-01-01"),
                ADMIN);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void sameNameWithoutReleaseDateIsConflict() {
        post(Json.object("film_name", "Undated"), ADMIN);

        assertProblem(post(Json.object("film_name", "Undated"), ADMIN), 409);
    }

    // Read

    @Test
    void getReturnsFilmWithETag() {
        String id = createFullFilm();

        HttpApi.Response response = get(id);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).contains("\"0\"");
        assertThat(response.json().get("id").asString()).isEqualTo(id);
        assertThat(response.json().get("film_name").asString()).isEqualTo("The Land Girls");
    }

    @Test
    void unknownIdIsNotFound() {
        assertProblem(get("0123456789abcdef01234567"), 404);
    }

    @Test
    void nonIdIsNotFound() {
        assertProblem(get("not-an-id"), 404);
    }

    // Replace

    @Test
    void putReplacesEveryField() {
        String id = createFullFilm();

        HttpApi.Response response = put(id, Json.object("film_name", "Land Girls", "film_year", 1998));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).contains("\"1\"");
        JsonNode film = response.json();
        assertThat(film.get("film_name").asString()).isEqualTo("Land Girls");
        assertThat(film.get("film_year").asInt()).isEqualTo(1998);
        assertThat(film.get("director").isNull()).isTrue();
        assertThat(film.get("release_date").isNull()).isTrue();
        assertThat(film.get("imdb_rating").isNull()).isTrue();
        assertThat(get(id).json().get("film_name").asString()).isEqualTo("Land Girls");
    }

    @Test
    void putKeepsCreationTimeAndMovesUpdateTime() throws Exception {
        String id = createFullFilm();
        JsonNode before = get(id).json();
        Thread.sleep(5);

        JsonNode after = put(id, fullFilm("The Land Girls (1998)")).json();

        assertThat(after.get("created_at").asString()).isEqualTo(before.get("created_at").asString());
        assertThat(after.get("updated_at").asString()).isGreaterThan(before.get("updated_at").asString());
    }

    @Test
    void putWithCurrentIfMatchSucceeds() {
        String id = createFullFilm();

        assertThat(put(id, fullFilm("Renamed"), "If-Match", "\"0\"").status()).isEqualTo(200);
    }

    @Test
    void putWithStaleIfMatchChangesNothing() {
        String id = createFullFilm();
        put(id, fullFilm("First Change"));

        HttpApi.Response response = put(id, fullFilm("Second Change"), "If-Match", "\"0\"");

        assertProblem(response, 412);
        assertThat(get(id).json().get("film_name").asString()).isEqualTo("First Change");
        assertThat(get(id).header("ETag")).contains("\"1\"");
    }

    @Test
    void putOfUnknownIdIsNotFound() {
        assertProblem(put("0123456789abcdef01234567", fullFilm("Nobody")), 404);
    }

    @Test
    void putOfNonIdIsNotFound() {
        assertProblem(put("not-an-id", fullFilm("Nobody")), 404);
    }

    @Test
    void putOntoAnotherFilmsKeyIsConflict() {
        String id = createFullFilm();
        post(Json.object("film_name", "Heat", "release_date", "1995-12-15"), ADMIN);

        HttpApi.Response response = put(id, Json.object("film_name", "Heat", "release_date", "1995-12-15"));

        assertProblem(response, 409);
        assertThat(get(id).json().get("film_name").asString()).isEqualTo("The Land Girls");
    }

    @Test
    void putRejectsServerSetField() {
        String id = createFullFilm();

        HttpApi.Response response = put(id, Json.object("film_name", "X", "id", id));

        assertThat(response.errorFields()).containsExactly("id");
    }

    // Merge patch

    @Test
    void patchChangesOnlyGivenFields() {
        String id = createFullFilm();

        HttpApi.Response response = patch(id, Json.object("imdb_rating", 7.5));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).contains("\"1\"");
        assertThat(response.json().get("imdb_rating").asDouble()).isEqualTo(7.5);
        assertThat(response.json().get("director").asString()).isEqualTo("David Leland");
        assertThat(response.json().get("release_date").asString()).isEqualTo("1998-06-12");
    }

    @Test
    void patchAcceptsApplicationJson() {
        String id = createFullFilm();

        HttpApi.Response response = patch(id, Json.object("mpaa_rating", "PG"), "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("mpaa_rating").asString()).isEqualTo("PG");
    }

    @Test
    void patchRejectsOtherMediaType() {
        String id = createFullFilm();

        assertProblem(patch(id, "mpaa_rating=PG", "Content-Type", "text/plain"), 415);
    }

    @Test
    void patchNullClearsOptionalField() {
        String id = createFullFilm();

        HttpApi.Response response = patch(id, Json.object("director", null));

        assertThat(response.json().get("director").isNull()).isTrue();
        assertThat(get(id).json().get("director").isNull()).isTrue();
    }

    @Test
    void patchClearingNameIsRejected() {
        String id = createFullFilm();

        HttpApi.Response response = patch(id, Json.object("film_name", null));

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly("film_name");
        assertThat(get(id).json().get("film_name").asString()).isEqualTo("The Land Girls");
    }

    @Test
    void patchUnknownFieldIsRejected() {
        String id = createFullFilm();

        HttpApi.Response response = patch(id, Json.object("box_office", 1));

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly("box_office");
    }

    @Test
    void patchWrongTypeNamesField() {
        String id = createFullFilm();

        HttpApi.Response response = patch(id, Json.object("running_time_min", "long"));

        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly("running_time_min");
        assertThat(response.firstErrorMessage()).contains("whole number");
    }

    @Test
    void patchServerSetFieldIsRejected() {
        String id = createFullFilm();

        HttpApi.Response response = patch(id, Json.object("updated_at", "2020-01-01T00:00:00Z"));

        assertThat(response.errorFields()).containsExactly("updated_at");
        assertThat(response.firstErrorMessage()).contains("set by the server");
    }

    @Test
    void patchThatIsNoObjectIsRejected() {
        String id = createFullFilm();

        assertProblem(patch(id, "[1, 2]"), 400);
    }

    @Test
    void patchNewReleaseDateMovesYear() {
        String id = createFullFilm();

        HttpApi.Response response = patch(id, Json.object("release_date", "2001-03-04"));

        assertThat(response.json().get("film_year").asInt()).isEqualTo(2001);
    }

    @Test
    void patchYearAgainstReleaseDateIsRejected() {
        String id = createFullFilm();

        assertThat(patch(id, Json.object("film_year", 2001)).errorFields()).containsExactly("film_year");
    }

    @Test
    void patchWithStaleIfMatchChangesNothing() {
        String id = createFullFilm();
        patch(id, Json.object("imdb_rating", 7.0));

        HttpApi.Response response = patch(id, Json.object("imdb_rating", 8.0), "If-Match", "\"0\"");

        assertProblem(response, 412);
        assertThat(get(id).json().get("imdb_rating").asDouble()).isEqualTo(7.0);
    }

    @Test
    void concurrentPatchesWithSameETagLoseNothingSilently() throws Exception {
        for (int round = 0; round < 5; round++) {
            mongo.remove(new Query(), Film.class);
            String id = createFullFilm();
            String etag = get(id).header("ETag").orElseThrow();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Callable<HttpApi.Response>> calls = List.of(
                    () -> {
                        start.await();
                        return patch(id, Json.object("director", "Director A"), "If-Match", etag);
                    },
                    () -> {
                        start.await();
                        return patch(id, Json.object("director", "Director B"), "If-Match", etag);
                    });

            List<HttpApi.Response> responses = new ArrayList<>();
            try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
                for (Future<HttpApi.Response> response : executor.invokeAll(calls)) {
                    responses.add(response.get());
                }
            }

            List<Integer> statuses = responses.stream().map(HttpApi.Response::status).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, responses).containsExactly(200, 412);
            HttpApi.Response winner = responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            JsonNode stored = get(id).json();
            assertThat(stored.get("director").asString()).isEqualTo(winner.json().get("director").asString());
            assertThat(get(id).header("ETag")).contains("\"1\"");
        }
    }

    @Test
    void concurrentPatchesWithoutIfMatchAreSerialized() throws Exception {
        String id = createFullFilm();
        int attempts = 4;
        CyclicBarrier start = new CyclicBarrier(attempts);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String director = "Director " + i;
            calls.add(() -> {
                start.await();
                return patch(id, Json.object("director", director)).status();
            });
        }

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(attempts)) {
            for (Future<Integer> status : executor.invokeAll(calls)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).allMatch(status -> status == 200 || status == 409, "200 or 409");
        long applied = statuses.stream().filter(status -> status == 200).count();
        assertThat(applied).isPositive();
        assertThat(get(id).header("ETag")).contains("\"" + applied + "\"");
    }

    // Delete

    @Test
    void deleteRemovesFilm() {
        String id = createFullFilm();

        HttpApi.Response response = api.delete("/api/films/" + id, HttpApi.bearer(ADMIN));

        assertThat(response.status()).isEqualTo(204);
        assertThat(get(id).status()).isEqualTo(404);
    }

    @Test
    void deleteOfUnknownIdIsNotFound() {
        assertProblem(api.delete("/api/films/0123456789abcdef01234567", HttpApi.bearer(ADMIN)), 404);
    }

    @Test
    void deleteOfNonIdIsNotFound() {
        assertProblem(api.delete("/api/films/not-an-id", HttpApi.bearer(ADMIN)), 404);
    }

    @Test
    void deleteWithCurrentIfMatchSucceeds() {
        String id = createFullFilm();

        HttpApi.Response response = api.delete("/api/films/" + id, withAdmin("If-Match", "\"0\""));

        assertThat(response.status()).isEqualTo(204);
    }

    @Test
    void deleteWithStaleIfMatchKeepsFilm() {
        String id = createFullFilm();
        patch(id, Json.object("imdb_rating", 7.0));

        HttpApi.Response response = api.delete("/api/films/" + id, withAdmin("If-Match", "\"0\""));

        assertProblem(response, 412);
        assertThat(get(id).status()).isEqualTo(200);
    }

    // Roles

    @Test
    void userCannotCreate() {
        HttpApi.Response response = post(fullFilm("User Film"), USER);

        assertProblem(response, 403);
        assertThat(mongo.count(new Query(), Film.class)).isZero();
    }

    @Test
    void userCannotReplace() {
        String id = createFullFilm();

        HttpApi.Response response = api.send("PUT", "/api/films/" + id, fullFilm("Changed"), HttpApi.bearer(USER));

        assertProblem(response, 403);
        assertThat(get(id).json().get("film_name").asString()).isEqualTo("The Land Girls");
    }

    @Test
    void userCannotPatch() {
        String id = createFullFilm();

        HttpApi.Response response = api.send("PATCH", "/api/films/" + id, Json.object("film_name", "Changed"),
                "Authorization", "Bearer " + USER, "Content-Type", MERGE_PATCH);

        assertProblem(response, 403);
        assertThat(get(id).json().get("film_name").asString()).isEqualTo("The Land Girls");
        assertThat(get(id).header("ETag")).contains("\"0\"");
    }

    @Test
    void userCannotDelete() {
        String id = createFullFilm();

        assertProblem(api.delete("/api/films/" + id, HttpApi.bearer(USER)), 403);
        assertThat(get(id).status()).isEqualTo(200);
    }

    @Test
    void userCannotImport() {
        HttpApi.Response response = api.post("/api/films/import", "[{\"Title\": \"Imported\"}]",
                HttpApi.bearer(USER));

        assertProblem(response, 403);
        assertThat(mongo.count(new Query(), Film.class)).isZero();
    }
}
