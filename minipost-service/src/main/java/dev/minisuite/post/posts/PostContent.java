package dev.minisuite.post.posts;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a post that its author writes, after validation: the title trimmed, hashtags without {@code #}
 * and without case-insensitive duplicates, the film id in lower case. Also documents the request body of
 * {@code POST /api/posts}; the {@code @Schema} name of {@code filmId} repeats its JSON name for springdoc, which
 * does not see the naming strategy of the application's Jackson 3 mapper.
 */
@Schema(name = "PostRequest", description = "The fields a client sends to create a post. id, user, owner_id, date "
        + "and updated_at are set by the server; sending them is a 400.")
record PostContent(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = PostContent.MAX_TITLE,
                description = "Trimmed before its length is checked")
        String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = PostContent.MAX_TEXT)
        String text,
        @ArraySchema(maxItems = Hashtags.MAX_COUNT, schema = @Schema(example = "#cloud",
                description = "1 to 50 letters, digits or _, with or without a leading #"))
        List<String> hashtags,
        @Schema(nullable = true, maxLength = PostContent.MAX_LOCATION) @Nullable String location,
        @Schema(nullable = true, format = "uri", description = "An absolute http or https URL")
        @Nullable String url,
        @Schema(name = "film_id", nullable = true, pattern = "^[0-9a-fA-F]{24}$",
                description = "The id of a film in minifilm-service, which must exist")
        @Nullable String filmId) {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_LOCATION = 100;
    static final int MAX_URL = 2048;

    PostContent {
        hashtags = List.copyOf(hashtags);
    }
}
