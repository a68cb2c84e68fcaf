package dev.minisuite.film.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.Problems;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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

    @Test
    void nulInTextIsRejected() {
        assertThat(rejectedFields(() -> new FilmSearch("a\u0000b", null, null, null, null, null)))
                .containsExactly("q");
    }

    @Test
    void controlCharacterInEveryTextFilterIsRejected() {
        assertThat(rejectedFields(() -> new FilmSearch("\u0007", "\u001f", null, null, null, "Mann\n")))
                .containsExactly("q", "type", "director");
    }

    @Test
    void controlCharacterMessageIsPlain() {
        ErrorResponseException ex = catchThrowableOfType(ErrorResponseException.class,
                () -> new FilmSearch("\u0000", null, null, null, null, null));

        assertThat(problems(ex).getFirst().message()).isEqualTo("must not contain control characters");
    }

    static List<String> rejectedFields(ThrowingCallable call) {
        ErrorResponseException ex = catchThrowableOfType(ErrorResponseException.class, call);
        return problems(ex).stream().map(FieldProblem::field).toList();
    }

    @SuppressWarnings("unchecked")
    static List<FieldProblem> problems(ErrorResponseException ex) {
        Map<String, Object> properties = ex.getBody().getProperties();
        assertThat(properties).isNotNull();
        return (List<FieldProblem>) properties.get(Problems.ERRORS);
    }
}
