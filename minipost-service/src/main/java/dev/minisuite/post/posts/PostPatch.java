package dev.minisuite.post.posts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A validated JSON Merge Patch (RFC 7396) of a post. A {@code null} component leaves that field as it is; a
 * {@link Replacement} with a {@code null} value clears an optional field.
 */
record PostPatch(@Nullable String title, @Nullable String text, @Nullable List<String> hashtags,
        @Nullable Replacement location, @Nullable Replacement url, @Nullable Replacement filmId) {

    /** The new value of an optional field; {@code null} clears it. */
    record Replacement(@Nullable String value) {
    }

    /** Returns the content with this patch applied. */
    PostContent applyTo(PostContent current) {
        return new PostContent(
                title == null ? current.title() : title,
                text == null ? current.text() : text,
                hashtags == null ? current.hashtags() : hashtags,
                location == null ? current.location() : location.value(),
                url == null ? current.url() : url.value(),
                filmId == null ? current.filmId() : filmId.value());
    }
}
