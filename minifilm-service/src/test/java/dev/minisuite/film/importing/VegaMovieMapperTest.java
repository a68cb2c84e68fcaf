package dev.minisuite.film.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import dev.minisuite.film.catalog.FilmDraft;
import dev.minisuite.web.FieldProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VegaMovieMapperTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static FilmDraft map(String json) {
        return VegaMovieMapper.map(JSON.readTree(json));
    }

    @Test
    void mapsEveryKnownKey() {
        FilmDraft draft = map("""
                {"Title": "Heat", "Major Genre": "Action", "Release Date": "Dec 15 1995", "Director": "Michael Mann",
                 "Running Time min": 170, "MPAA Rating": "R", "IMDB Rating": 8.2, "US Gross": 67436818}
                """);

        assertThat(draft).isEqualTo(new FilmDraft("Heat", "Action", null, null, "Michael Mann",
                LocalDate.of(1995, 12, 15), 170, "R", 8.2));
    }

    @Test
    void numericTitleBecomesText() {
        assertThat(map("{\"Title\": 1776}").filmName()).isEqualTo("1776");
    }

    @Test
    void integerRatingBecomesDecimal() {
        assertThat(map("{\"Title\": \"X\", \"IMDB Rating\": 7}").imdbRating()).isEqualTo(7.0);
    }

    @Test
    void nullsStayNull() {
        FilmDraft draft = map("{\"Title\": null, \"Release Date\": null, \"IMDB Rating\": null}");

        assertThat(draft.filmName()).isNull();
        assertThat(draft.releaseDate()).isNull();
        assertThat(draft.imdbRating()).isNull();
    }

    @Test
    void dateWithOneDigitDayIsRead() {
        assertThat(map("{\"Release Date\": \"Jun 2 1998\"}").releaseDate()).isEqualTo(LocalDate.of(1998, 6, 2));
    }

    @Test
    void isoDateIsRead() {
        assertThat(map("{\"Release Date\": \"1998-06-12\"}").releaseDate()).isEqualTo(LocalDate.of(1998, 6, 12));
    }

    @Test
    void impossibleDateIsRejected() {
        assertThatThrownBy(() -> map("{\"Release Date\": \"Feb 30 1998\"}"))
                .isInstanceOf(VegaMovieMapper.RowRejectedException.class)
                .hasMessageContaining("Feb 30 1998");
    }

    @Test
    void fractionalRunningTimeIsRejected() {
        assertThatThrownBy(() -> map("{\"Running Time min\": 90.5}"))
                .hasMessageContaining("Running Time min must be a whole number");
    }

    @Test
    void reasonNamesSourceKeys() {
        String reason = VegaMovieMapper.reason(List.of(new FieldProblem("film_name", "is required"),
                new FieldProblem("imdb_rating", "must be between 0 and 10")));

        assertThat(reason).isEqualTo("Title is required; IMDB Rating must be between 0 and 10");
    }
}
