package dev.minisuite.film.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
class FilmImportIntegrationTest {

    static final String ADMIN = TestTokens.shared().admin("000000000000000000000031", "importer");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
        mongo.remove(new Query(), "films");
    }

    HttpApi.Response importRows(String json) {
        return api.post("/api/films/import", json, HttpApi.bearer(ADMIN));
    }

    static Map<String, Object> row(Object title, String releaseDate, Object rating) {
        return new java.util.LinkedHashMap<>(Map.of("Title", title, "Release Date", releaseDate,
                "IMDB Rating", rating, "Major Genre", "Drama", "US Gross", 1000));
    }

    static void assertCounts(JsonNode report, int received, int inserted, int updated, int unchanged,
            int rejected) {
        assertThat(report.get("received").asInt()).as("received").isEqualTo(received);
        assertThat(report.get("inserted").asInt()).as("inserted").isEqualTo(inserted);
        assertThat(report.get("updated").asInt()).as("updated").isEqualTo(updated);
        assertThat(report.get("unchanged").asInt()).as("unchanged").isEqualTo(unchanged);
        assertThat(report.get("rejected").size()).as("rejected").isEqualTo(rejected);
    }

    @Test
    void changedRowIsUpdated() {
        importRows(Json.write(List.of(row("Heat", "Dec 15 1995", 8.2))));

        JsonNode report = importRows(Json.write(List.of(row("Heat", "Dec 15 1995", 8.3)))).json();

        assertCounts(report, 1, 0, 1, 0, 0);
        JsonNode film = api.get("/api/films?q=Heat", HttpApi.bearer(ADMIN)).json().get("content").get(0);
        assertThat(film.get("imdb_rating").asDouble()).isEqualTo(8.3);
        assertThat(film.get("updated_at").asString()).isNotEqualTo(film.get("created_at").asString());
        String id = film.get("id").asString();
        assertThat(api.get("/api/films/" + id, HttpApi.bearer(ADMIN)).header("ETag")).contains("\"1\"");
    }

    @Test
    void importedFilmCanBePatched() {
        importRows(Json.write(List.of(row("Heat", "Dec 15 1995", 8.2))));
        String id = api.get("/api/films?q=Heat", HttpApi.bearer(ADMIN)).json().at("/content/0/id").asString();

        HttpApi.Response response = api.send("PATCH", "/api/films/" + id, Json.object("imdb_rating", 8.4),
                "Authorization", "Bearer " + ADMIN, "Content-Type", "application/merge-patch+json",
                "If-Match", "\"0\"");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).contains("\"1\"");
    }

    @Test
    void importKeepsLinkSetThroughApi() {
        api.post("/api/films", Json.object("film_name", "Heat", "release_date", "1995-12-15", "imdb_rating", 8.2,
                "film_type", "Drama", "film_link", "https://example.com/heat"), HttpApi.bearer(ADMIN));

        JsonNode report = importRows(Json.write(List.of(row("Heat", "Dec 15 1995", 8.2)))).json();

        assertCounts(report, 1, 0, 0, 1, 0);
        JsonNode film = api.get("/api/films?q=Heat", HttpApi.bearer(ADMIN)).json().get("content").get(0);
        assertThat(film.get("film_link").asString()).isEqualTo("https://example.com/heat");
    }

    @Test
    void laterDuplicateInOneInputIsRejected() {
        JsonNode report = importRows(Json.write(List.of(row("Heat", "Dec 15 1995", 8.2),
                row("Heat", "Dec 15 1995", 8.3)))).json();

        assertCounts(report, 2, 1, 0, 0, 1);
        assertThat(report.at("/rejected/0/row").asInt()).isEqualTo(1);
        assertThat(report.at("/rejected/0/reason").asString()).contains("duplicates row 0");
    }

    @Test
    void invalidRowsAreRejectedAndOthersImported() {
        JsonNode report = importRows("""
                [
                  {"Title": "Good", "Release Date": "Jan 01 2000"},
                  {"Title": "   ", "Release Date": "Jan 02 2000"},
                  {"Title": "Bad Date", "Release Date": "2000/01/03"},
                  {"Title": "Bad Rating", "IMDB Rating": 11},
                  {"Title": "Bad Running Time", "Running Time min": 90.5},
                  {"Title": ["not", "text"]},
                  "not an object",
                  {"Title": 2012, "Release Date": "Nov 13 2009", "Running Time min": "158"}
                ]
                """).json();

        assertCounts(report, 8, 2, 0, 0, 6);
        assertThat(report.at("/rejected/0/row").asInt()).isEqualTo(1);
        assertThat(report.at("/rejected/1/reason").asString()).contains("Release Date").contains("2000/01/03");
        assertThat(report.at("/rejected/2/reason").asString()).contains("IMDB Rating");
        assertThat(report.at("/rejected/3/reason").asString()).contains("Running Time min");
        assertThat(report.at("/rejected/4/reason").asString()).contains("Title");
        assertThat(report.at("/rejected/5/reason").asString()).contains("not a JSON object");
    }

    @Test
    void everyRowIsCounted() {
        JsonNode report = importRows("[{\"Title\": \"A\"}, {\"Title\": null}, {\"Title\": \"A\"}]").json();

        int counted = report.get("inserted").asInt() + report.get("updated").asInt()
                + report.get("unchanged").asInt() + report.get("rejected").size();
        assertThat(counted).isEqualTo(report.get("received").asInt());
    }

    @Test
    void emptyArrayImportsNothing() {
        assertCounts(importRows("[]").json(), 0, 0, 0, 0, 0);
    }

    @Test
    void bodyThatIsNoArrayIsRejected() {
        HttpApi.Response response = importRows("{\"Title\": \"Heat\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("JSON array");
    }

    @Test
    void malformedJsonIsRejected() {
        HttpApi.Response response = importRows("[{\"Title\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void bodyAbove10MegabytesIsRejected() {
        String body = "[\"" + "x".repeat(10 * 1024 * 1024) + "\"]";

        HttpApi.Response response = importRows(body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void overflowingNumbersRejectRowsOnly() {
        JsonNode report = importRows("""
                [
                  {"Title": "Good"},
                  {"Title": "Huge Rating", "IMDB Rating": 1e400},
                  {"Title": "Negative Rating", "IMDB Rating": -1e400},
                  {"Title": "Huge Running Time", "Running Time min": 1e400},
                  {"Title": "Big Running Time", "Running Time min": 99999999999999999999},
                  {"Title": "Quoted Huge Rating", "IMDB Rating": "1e400"},
                  {"Title": "Quoted Huge Running Time", "Running Time min": "1e999999999"},
                  {"Title": 1e400}
                ]
                """).json();

        assertCounts(report, 8, 1, 0, 0, 7);
        assertThat(report.at("/rejected/0/reason").asString()).contains("IMDB Rating");
        assertThat(report.at("/rejected/1/reason").asString()).contains("IMDB Rating");
        assertThat(report.at("/rejected/2/reason").asString()).contains("Running Time min");
        assertThat(report.at("/rejected/3/reason").asString()).contains("Running Time min");
        assertThat(report.at("/rejected/4/reason").asString()).contains("IMDB Rating");
        assertThat(report.at("/rejected/5/reason").asString()).contains("Running Time min");
        assertThat(report.at("/rejected/6/reason").asString()).contains("Title");
    }

    @Test
    void hugeNumberReasonIsShort() {
        JsonNode report = importRows("[{\"Title\": \"T\", \"Running Time min\": \"1e999999999\"}]").json();

        assertThat(report.at("/rejected/0/reason").asString()).hasSizeLessThan(300);
    }

    @Test
    void controlCharactersRejectRows() {
        JsonNode report = importRows("""
                [
                  {"Title": "a\\u0000b"},
                  {"Title": "Bell", "Director": "a\\u0007b"},
                  {"Title": "abc\\u202egpj"},
                  {"Title": "Good"}
                ]
                """).json();

        assertCounts(report, 4, 1, 0, 0, 3);
        assertThat(report.at("/rejected/0/reason").asString()).contains("Title must not contain control characters");
        assertThat(report.at("/rejected/1/reason").asString()).contains("Director");
        assertThat(report.at("/rejected/2/reason").asString()).contains("Title");
    }
}
