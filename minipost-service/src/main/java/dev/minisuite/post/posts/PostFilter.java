package dev.minisuite.post.posts;

import java.util.ArrayList;
import java.util.List;

import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.Problems;
import dev.minisuite.web.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The filters of the post list; each one that is set must match, and a post matches when every set filter does.
 *
 * @param ownerId the author's user id
 * @param user the author's username, matched exactly
 * @param hashtag the match key of one hashtag (see {@link Hashtags#matchKey})
 * @param filmId a film id in lower case
 */
record PostFilter(@Nullable String ownerId, @Nullable String user, @Nullable String hashtag,
        @Nullable String filmId) {

    /** Builds the filter from the raw query parameters, treating blank ones as absent; throws 400 if invalid. */
    static PostFilter of(@Nullable String ownerId, @Nullable String user, @Nullable String hashtag,
            @Nullable String filmId) {
        List<FieldProblem> problems = new ArrayList<>();
        rejectControlCharacters("owner_id", ownerId, problems);
        rejectControlCharacters("user", user, problems);
        rejectControlCharacters("hashtag", hashtag, problems);
        rejectControlCharacters("film_id", filmId, problems);
        if (!problems.isEmpty()) {
            throw Problems.invalidRequestException(problems);
        }
        return new PostFilter(blankToNull(ownerId), blankToNull(user),
                isBlank(hashtag) ? null : PostRequests.hashtagParameter(hashtag),
                isBlank(filmId) ? null : PostRequests.filmIdParameter(filmId));
    }

    Query toQuery() {
        Criteria criteria = new Criteria();
        if (ownerId != null) {
            criteria.and(Post.OWNER_ID).is(ownerId);
        }
        if (user != null) {
            criteria.and(Post.USER).is(user);
        }
        if (hashtag != null) {
            criteria.and(Post.HASHTAGS_LOWER).is(hashtag);
        }
        if (filmId != null) {
            criteria.and(Post.FILM_ID).is(filmId);
        }
        return Query.query(criteria);
    }

    private static void rejectControlCharacters(String parameter, @Nullable String value,
            List<FieldProblem> problems) {
        if (value != null && value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            problems.add(new FieldProblem(parameter, TextRules.CONTROL_CHARACTERS));
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return isBlank(value) ? null : value.strip();
    }
}
