package dev.minisuite.film.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.minisuite.film.FilmIntegrationTest;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

@FilmIntegrationTest
class FilmSearchIntegrationTest {

    static final String USER = TestTokens.shared().user("000000000000000000000020", "reader");

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

    void store(String name, @Nullable String type, @Nullable LocalDate released, @Nullable String director,
            @Nullable Double rating) {
        FilmDetails details = new FilmDraft(name, type, null, null, director, released, null, null, rating)
                .validate(2100).details();
        mongo.insert(Film.create(details, Instant.now()));
    }

    void store(String name) {
        store(name, null, null, null, null);
    }

    /** Stores films "Film 01" to "Film NN", released on 1 January of 1901, 1902, ... */
    void storeNumbered(int count) {
        for (int i = 1; i <= count; i++) {
            store("Film %02d".formatted(i), null, LocalDate.of(1900 + i, 1, 1), null, null);
        }
    }

    HttpApi.Response search(String query) {
        return api.get("/api/films" + query, HttpApi.bearer(USER));
    }

    static List<String> names(HttpApi.Response response) {
        List<String> names = new ArrayList<>();
        response.json().get("content").forEach(film -> names.add(film.get("film_name").asString()));
        return names;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // Paging

    @Test
    void firstPageHasDefaultSize() {
        storeNumbered(25);

        HttpApi.Response response = search("");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("content").size()).isEqualTo(20);
        JsonNode page = response.json().get("page");
        assertThat(page.get("number").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("total_elements").asInt()).isEqualTo(25);
        assertThat(page.get("total_pages").asInt()).isEqualTo(2);
    }

    @Test
    void lastPageHoldsRemainder() {
        storeNumbered(45);

        HttpApi.Response response = search("?page=2&size=20");

        assertThat(names(response)).containsExactly("Film 41", "Film 42", "Film 43", "Film 44", "Film 45");
        JsonNode page = response.json().get("page");
        assertThat(page.get("number").asInt()).isEqualTo(2);
        assertThat(page.get("total_elements").asInt()).isEqualTo(45);
        assertThat(page.get("total_pages").asInt()).isEqualTo(3);
    }

    @Test
    void pageBeyondEndIsEmpty() {
        storeNumbered(5);

        HttpApi.Response response = search("?page=3&size=5");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("content").size()).isZero();
        assertThat(response.json().at("/page/total_elements").asInt()).isEqualTo(5);
    }

    @Test
    void sizeAbove100IsRejected() {
        HttpApi.Response response = search("?size=1000");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("100");
    }

    @Test
    void negativePageIsRejected() {
        assertThat(search("?page=-1").status()).isEqualTo(400);
    }

    @Test
    void pagesOfEqualNamesNeitherOverlapNorSkip() {
        for (int i = 0; i < 10; i++) {
            store("Remade", null, LocalDate.of(1950 + i, 1, 1), null, null);
        }

        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            search("?size=3&page=" + page).json().get("content").forEach(film -> ids.add(film.get("id").asString()));
        }

        assertThat(ids).hasSize(10);
        assertThat(ids).doesNotHaveDuplicates();
    }

    // Sorting

    @Test
    void defaultSortIsByName() {
        store("Casablanca");
        store("alien");
        store("Brazil");

        assertThat(names(search(""))).containsExactly("Brazil", "Casablanca", "alien");
    }

    @Test
    void sortsByYearDescending() {
        storeNumbered(3);

        assertThat(names(search("?sort=film_year,desc"))).containsExactly("Film 03", "Film 02", "Film 01");
    }

    @Test
    void sortsByReleaseDate() {
        store("Later", null, LocalDate.of(2000, 5, 1), null, null);
        store("Earlier", null, LocalDate.of(2000, 4, 1), null, null);

        assertThat(names(search("?sort=release_date,asc"))).containsExactly("Earlier", "Later");
    }

    @Test
    void sortsByRatingDescending() {
        store("Good", null, null, null, 8.0);
        store("Better", null, null, null, 9.0);
        store("Fine", null, null, null, 6.5);

        assertThat(names(search("?sort=imdb_rating,desc"))).containsExactly("Better", "Good", "Fine");
    }

    @Test
    void unknownSortFieldIsRejected() {
        HttpApi.Response response = search("?sort=director");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        assertThat(response.json().get("detail").asString()).contains("film_name");
    }

    // Filters

    @Test
    void malformedYearIsRejected() {
        HttpApi.Response response = search("?year=abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
    }

    @Test
    void malformedYearRangeIsRejected() {
        assertThat(search("?year_from=19x0").status()).isEqualTo(400);
    }

    @Test
    void yearFromAfterYearToIsRejected() {
        HttpApi.Response response = search("?year_from=2000&year_to=1990");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("year_from");
    }

    @Test
    void textMatchesSubstringInAnyCase() {
        store("The Matrix");
        store("Matrix Reloaded");
        store("Heat");

        assertThat(names(search("?q=MATRIX"))).containsExactly("Matrix Reloaded", "The Matrix");
    }

    @Test
    void textParenthesisIsLiteral() {
        store("What (If)");
        store("What If");

        HttpApi.Response response = search("?q=" + encode("("));

        assertThat(response.status()).isEqualTo(200);
        assertThat(names(response)).containsExactly("What (If)");
    }

    @Test
    void textDotStarIsLiteral() {
        store("What (If)");
        store("Heat");

        HttpApi.Response response = search("?q=" + encode(".*"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(names(response)).isEmpty();
    }

    @Test
    void textDotStarFindsLiteralTitle() {
        store("Regex .* Story");
        store("Regex Story");

        assertThat(names(search("?q=" + encode(".*")))).containsExactly("Regex .* Story");
    }

    @Test
    void textWithBackslashAndBracketsIsLiteral() {
        store("Back\\slash [1]");
        store("Backslash 1");

        assertThat(names(search("?q=" + encode("\\slash [1]")))).containsExactly("Back\\slash [1]");
    }

    @Test
    void typeMatchesWholeValueInAnyCase() {
        store("Heat", "Action", null, null, null);
        store("Airplane!", "Comedy", null, null, null);
        store("Black Humour", "Black Comedy", null, null, null);

        assertThat(names(search("?type=comedy"))).containsExactly("Airplane!");
    }

    @Test
    void yearMatchesExactly() {
        storeNumbered(5);

        assertThat(names(search("?year=1903"))).containsExactly("Film 03");
    }

    @Test
    void yearRangeIsInclusive() {
        storeNumbered(6);

        assertThat(names(search("?year_from=1902&year_to=1904")))
                .containsExactly("Film 02", "Film 03", "Film 04");
    }

    @Test
    void directorMatchesWholeNameInAnyCase() {
        store("Heat", null, null, "Michael Mann", null);
        store("Collateral", null, null, "michael mann", null);
        store("Manhunter 2", null, null, "Michael Manning", null);

        assertThat(names(search("?director=" + encode("MICHAEL MANN")))).containsExactly("Collateral", "Heat");
    }

    @Test
    void partOfDirectorNameMatchesNothing() {
        store("Heat", null, null, "Michael Mann", null);

        assertThat(names(search("?director=Mann"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        store("Heat", "Action", LocalDate.of(1995, 12, 15), "Michael Mann", 8.3);
        store("Thief", "Action", LocalDate.of(1981, 3, 27), "Michael Mann", 7.4);
        store("Heat Wave", "Drama", LocalDate.of(1995, 1, 1), null, null);

        assertThat(names(search("?q=heat&type=action&year_from=1990&director=" + encode("Michael Mann"))))
                .containsExactly("Heat");
    }

    @Test
    void nulInQueryIsBadRequest() {
        store("Heat");

        assertThat(search("?q=%00").status()).isEqualTo(400);
        assertThat(search("?q=a%00b").status()).isEqualTo(400);
    }

    @Test
    void controlCharacterInFiltersIsBadRequest() {
        for (String query : List.of("?q=a%07b", "?type=%1F", "?director=Mann%0A")) {
            assertThat(search(query).status()).as(query).isEqualTo(400);
        }
    }
}
