package dev.minisuite.post.posts;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A post as clients see it. Optional fields that are not set are {@code null}; the lower-cased hashtags and the
 * version stay internal, and the version reaches clients only as the {@code ETag} header.
 *
 * <p>The {@code @Schema} names repeat the snake_case JSON names for springdoc, which does not see the naming
 * strategy of the application's Jackson 3 mapper.
 */
record PostResponse(String id, String title, String text, List<String> hashtags, @Nullable String location,
        @Nullable String url,
        @Schema(name = "film_id") @Nullable String filmId,
        @Schema(description = "The author's username, from the access token") String user,
        @Schema(name = "owner_id", description = "The author's user id, from the access token") String ownerId,
        @Schema(description = "When the post was created") Instant date,
        @Schema(name = "updated_at") Instant updatedAt) {

    static PostResponse of(Post post) {
        PostContent content = post.content();
        return new PostResponse(post.id(), content.title(), content.text(), content.hashtags(), content.location(),
                content.url(), content.filmId(), post.user(), post.ownerId(), post.date(), post.updatedAt());
    }
}
