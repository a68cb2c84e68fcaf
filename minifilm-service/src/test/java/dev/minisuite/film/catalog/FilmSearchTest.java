package dev.minisuite.film.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class FilmSearchTest {

    @Test
    void literalRegexMatchesOnlyItself() {
        for (String text : List.of(".*", "(", "a+b", "What (If)?", "[x]", "{2}", "^$", "a|b", "back\\slash", "\\E")) {
            Pattern pattern = Pattern.compile(FilmSearch.literalRegex(text));

            assertThat(pattern.matcher(text).matches()).as(text).isTrue();
            assertThat(pattern.matcher("x" + text + "y").find()).as(text).isTrue();
        }
    }

    @Test
    void literalRegexDoesNotMatchWhatPatternWould() {
        assertThat(Pattern.compile(FilmSearch.literalRegex(".*")).matcher("Heat").find()).isFalse();
        assertThat(Pattern.compile(FilmSearch.literalRegex("a.c")).matcher("abc").find()).isFalse();
    }

    @Test
    void literalRegexKeepsLettersAndDigits() {
        assertThat(FilmSearch.literalRegex("1776 Ab é")).isEqualTo("1776 Ab é");
    }

    @Test
    void yearFromAfterYearToIsRejected() {
        assertThatThrownBy(() -> new FilmSearch(null, null, null, 2001, 2000, null))
                .isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void blankFiltersAreAbsent() {
        FilmSearch search = new FilmSearch(" ", "", null, null, null, "  ");

        assertThat(search.text()).isNull();
        assertThat(search.type()).isNull();
        assertThat(search.director()).isNull();
    }
}
