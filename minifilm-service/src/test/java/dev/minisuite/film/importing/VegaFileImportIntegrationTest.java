package dev.minisuite.film.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.minisuite.film.FilmIntegrationTest;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Imports the vendored Vega movies file twice through the import endpoint, once for the whole class, and checks
 * the reports and what was stored. The tests only read, so they share the imported films.
 */
@FilmIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VegaFileImportIntegrationTest {

    static final Path VEGA_MOVIES = Path.of("data", "vega-movies.json");

    /** The 0-based index of the one row of the file whose title is null. */
    static final int ROW_WITHOUT_TITLE = 3053;

    private static final Logger log = LoggerFactory.getLogger(VegaFileImportIntegrationTest.class);

    static final String ADMIN = TestTokens.shared().admin("000000000000000000000030", "importer");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;
    HttpApi.Response firstImport;
    HttpApi.Response secondImport;

    @BeforeAll
    void importFileTwice() throws IOException {
        api = HttpApi.onLocalPort(port);
        mongo.remove(new Query(), "films");
        String body = Files.readString(VEGA_MOVIES);

        long started = System.nanoTime();
        firstImport = api.post("/api/films/import", body, HttpApi.bearer(ADMIN));
        log.info("First import of {} took {} ms over HTTP", VEGA_MOVIES, (System.nanoTime() - started) / 1_000_000);
        secondImport = api.post("/api/films/import", body, HttpApi.bearer(ADMIN));
    }

    HttpApi.Response search(String query) {
        return api.get("/api/films" + query, HttpApi.bearer(ADMIN));
    }

    static List<Integer> rejectedRows(JsonNode report) {
        List<Integer> rows = new ArrayList<>();
        report.get("rejected").forEach(rejected -> rows.add(rejected.get("row").asInt()));
        return rows;
    }

    @Test
    void firstImportSucceeds() {
        assertThat(firstImport.status()).as(firstImport.toString()).isEqualTo(200);
    }

    @Test
    void firstImportInsertsEveryTitledRow() {
        JsonNode report = firstImport.json();

        assertThat(report.get("received").asInt()).isEqualTo(3201);
        assertThat(report.get("inserted").asInt()).isEqualTo(3200);
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isZero();
        assertThat(rejectedRows(report)).containsExactly(ROW_WITHOUT_TITLE);
    }

    @Test
    void rowWithoutTitleIsRejectedWithReason() {
        JsonNode rejected = firstImport.json().get("rejected").get(0);

        assertThat(rejected.get("reason").asString()).contains("Title").contains("required");
    }

    @Test
    void secondImportInsertsNothing() {
        JsonNode report = secondImport.json();

        assertThat(report.get("received").asInt()).isEqualTo(3201);
        assertThat(report.get("inserted").asInt()).isZero();
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isEqualTo(3200);
        assertThat(rejectedRows(report)).containsExactly(ROW_WITHOUT_TITLE);
    }

    @Test
    void catalogHoldsEachFilmOnce() {
        assertThat(mongo.count(new Query(), "films")).isEqualTo(3200);
        assertThat(search("?size=1").json().at("/page/total_elements").asInt()).isEqualTo(3200);
    }

    @Test
    void numericTitleIsFoundAsText() {
        HttpApi.Response response = search("?q=1776");

        assertThat(response.json().get("content").size()).isEqualTo(1);
        JsonNode film = response.json().get("content").get(0);
        assertThat(film.get("film_name").asString()).isEqualTo("1776");
        assertThat(film.get("film_type").asString()).isEqualTo("Drama");
        assertThat(film.get("release_date").asString()).isEqualTo("1972-11-09");
        assertThat(film.get("film_year").asInt()).isEqualTo(1972);
        assertThat(film.get("mpaa_rating").asString()).isEqualTo("PG");
        assertThat(film.get("imdb_rating").asDouble()).isEqualTo(7.0);
        assertThat(film.get("director").isNull()).isTrue();
        assertThat(film.get("running_time_min").isNull()).isTrue();
    }

    @Test
    void importedFilmHasEveryMappedField() {
        JsonNode film = search("?q=" + "The%20Land%20Girls").json().get("content").get(0);

        assertThat(film.get("film_name").asString()).isEqualTo("The Land Girls");
        assertThat(film.get("release_date").asString()).isEqualTo("1998-06-12");
        assertThat(film.get("film_year").asInt()).isEqualTo(1998);
        assertThat(film.get("mpaa_rating").asString()).isEqualTo("R");
        assertThat(film.get("imdb_rating").asDouble()).isEqualTo(6.1);
        assertThat(film.get("film_type").isNull()).isTrue();
    }

    @Test
    void wrongCenturyDateIsKeptAsInSource() {
        JsonNode films = search("?q=Gone%20with%20the%20Wind").json().get("content");

        assertThat(films.size()).isEqualTo(1);
        assertThat(films.get(0).get("release_date").asString()).isEqualTo("2039-12-15");
        assertThat(films.get(0).get("film_year").asInt()).isEqualTo(2039);
    }

    @Test
    void remakesAreSeparateFilms() {
        JsonNode films = search("?q=20,000%20Leagues&sort=release_date").json().get("content");

        assertThat(films.size()).isEqualTo(2);
        assertThat(films.get(0).get("release_date").asString()).isEqualTo("1954-12-23");
        assertThat(films.get(1).get("release_date").asString()).isEqualTo("2016-12-24");
    }

    @Test
    void typeFilterUsesImportedGenre() {
        JsonNode page = search("?type=concert/performance").json();

        assertThat(page.at("/page/total_elements").asInt()).isEqualTo(5);
    }

    @Test
    void lastPageOfRealDataHoldsRemainder() {
        JsonNode page = search("?size=100&page=31").json();

        assertThat(page.get("content").size()).isEqualTo(3200 - 31 * 100);
        assertThat(page.at("/page/number").asInt()).isEqualTo(31);
        assertThat(page.at("/page/total_pages").asInt()).isEqualTo(32);
    }
}
