package dev.minisuite.post.posts;

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

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return isBlank(value) ? null : value.strip();
    }
}
