package dev.minisuite.film.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dev.minisuite.web.FieldProblem;
import org.junit.jupiter.api.Test;

class FilmDraftTest {

    static FilmDraft named(String name) {
        return new FilmDraft(name, null, null, null, null, null, null, null, null);
    }

    @Test
    void blankOptionalTextBecomesNull() {
        FilmDetails details = new FilmDraft("Heat", "  ", null, " ", "", null, null, " ", null)
                .validate(2036).details();

        assertThat(details).isNotNull();
        assertThat(details.filmType()).isNull();
        assertThat(details.filmLink()).isNull();
        assertThat(details.director()).isNull();
        assertThat(details.mpaaRating()).isNull();
    }

    @Test
    void yearIsDerivedFromReleaseDate() {
        FilmDetails details = new FilmDraft("Heat", null, null, null, null, LocalDate.of(1995, 12, 15), null, null,
                null).validate(2036).details();

        assertThat(details).isNotNull();
        assertThat(details.filmYear()).isEqualTo(1995);
    }

    @Test
    void derivedYearOutOfRangeNamesReleaseDate() {
        FilmDraft.Validation validation = new FilmDraft("Heat", null, null, null, null, LocalDate.of(2046, 1, 1),
                null, null, null).validate(2036);

        assertThat(validation.problems()).extracting(FieldProblem::field).containsExactly("release_date");
    }

    @Test
    void nameLengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83C\uDFAC";

        assertThat(named(emoji.repeat(300)).validate(2036).valid()).isTrue();
    }

    @Test
    void ratingOfNaNIsRejected() {
        FilmDraft draft = new FilmDraft("Heat", null, null, null, null, null, null, null, Double.NaN);

        assertThat(draft.validate(2036).problems()).extracting(FieldProblem::field).containsExactly("imdb_rating");
    }

    @Test
    void linkWithUpperCaseSchemeIsAccepted() {
        FilmDraft draft = new FilmDraft("Heat", null, null, "HTTPS://Example.com/heat", null, null, null, null,
                null);

        assertThat(draft.validate(2036).valid()).isTrue();
    }
}
