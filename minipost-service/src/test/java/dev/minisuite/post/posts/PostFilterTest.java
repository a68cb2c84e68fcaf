package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.Problems;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/**
 * Checks the filter parameters on their own. Over HTTP, the shared query parameter filter already rejects control
 * characters, so these tests show that the post list does not depend on it.
 */
class PostFilterTest {

    @Test
    void nulInUserIsRejected() {
        assertThat(rejectedFields(() -> PostFilter.of(null, "a\u0000b", null, null))).containsExactly("user");
    }

    @Test
    void controlCharacterInEveryFilterIsRejected() {
        assertThat(rejectedFields(() -> PostFilter.of("\u0007", "x\u001f", "tag\n", "\u0085")))
                .containsExactly("owner_id", "user", "hashtag", "film_id");
    }

    @Test
    void controlCharacterMessageIsPlain() {
        ErrorResponseException ex = catchThrowableOfType(ErrorResponseException.class,
                () -> PostFilter.of("a\u0000", null, null, null));

        assertThat(problems(ex).getFirst().message()).isEqualTo("must not contain control characters");
    }

    @Test
    void validFiltersAreKept() {
        PostFilter filter = PostFilter.of(" 64b0a00000000000000000aa ", "alice", "#Cloud", "64B0A00000000000000000A1");

        assertThat(filter.ownerId()).isEqualTo("64b0a00000000000000000aa");
        assertThat(filter.user()).isEqualTo("alice");
        assertThat(filter.hashtag()).isEqualTo("cloud");
        assertThat(filter.filmId()).isEqualTo("64b0a00000000000000000a1");
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
