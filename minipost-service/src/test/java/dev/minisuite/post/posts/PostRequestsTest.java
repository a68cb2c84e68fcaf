package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;

import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PostRequestsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @SuppressWarnings("unchecked")
    static List<String> errorFields(ErrorResponseException ex) {
        List<String> fields = new ArrayList<>();
        var errors = (List<FieldProblem>) ex.getBody().getProperties().get(Problems.ERRORS);
        errors.forEach(error -> fields.add(error.field()));
        return fields;
    }

    static List<String> newPostErrors(String body) {
        try {
            PostRequests.parseNew(json(body));
        }
        catch (ErrorResponseException ex) {
            return errorFields(ex);
        }
        return List.of();
    }

    @Test
    void newPostIsNormalized() {
        PostContent content = PostRequests.parseNew(json("""
                {"title": "  Hi  ", "text": " body ", "hashtags": ["#Cloud", " java ", "#CLOUD"],
                 "location": "  Berlin ", "url": "HTTPS://example.com", "film_id": "64B0A0000000000000000001"}"""));

        assertThat(content.title()).isEqualTo("Hi");
        assertThat(content.text()).isEqualTo(" body ");
        assertThat(content.hashtags()).containsExactly("Cloud", "java");
        assertThat(content.location()).isEqualTo("Berlin");
        assertThat(content.url()).isEqualTo("HTTPS://example.com");
        assertThat(content.filmId()).isEqualTo("64b0a0000000000000000001");
    }

    @Test
    void blankLocationMeansNone() {
        assertThat(PostRequests.parseNew(json("{\"title\": \"t\", \"text\": \"t\", \"location\": \" \"}")).location())
                .isNull();
    }

    @Test
    void explicitNullsOnNewPostMeanNone() {
        PostContent content = PostRequests.parseNew(json("""
                {"title": "t", "text": "t", "hashtags": null, "location": null, "url": null, "film_id": null}"""));

        assertThat(content.hashtags()).isEmpty();
        assertThat(content.filmId()).isNull();
    }

    @Test
    void everyInvalidFieldIsListed() {
        assertThat(newPostErrors("""
                {"title": "", "text": "   ", "hashtags": ["ok", 5, "bad tag"], "location": 1, "url": "x",
                 "film_id": "1776", "owner_id": "x", "hashtag": "y"}"""))
                .containsExactlyInAnyOrder("title", "text", "hashtags[1]", "hashtags[2]", "location", "url",
                        "film_id", "owner_id", "hashtag");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";

        assertThat(newPostErrors("{\"title\": \"" + emoji.repeat(200) + "\", \"text\": \"t\"}")).isEmpty();
        assertThat(newPostErrors("{\"title\": \"" + emoji.repeat(201) + "\", \"text\": \"t\"}"))
                .containsExactly("title");
    }

    @Test
    void text5000IsAccepted() {
        assertThat(newPostErrors("{\"title\": \"t\", \"text\": \"" + "x".repeat(5000) + "\"}")).isEmpty();
    }

    @Test
    void hashtagsAcceptLettersOfAnyScript() {
        PostContent content = PostRequests.parseNew(json(
                "{\"title\": \"t\", \"text\": \"t\", \"hashtags\": [\"#Café_2024\", \"東京\"]}"));

        assertThat(content.hashtags()).containsExactly("Café_2024", "東京");
    }

    @Test
    void elevenTagsWithOneDuplicateAreTen() {
        StringBuilder tags = new StringBuilder("\"dup\", \"DUP\"");
        for (int i = 0; i < 9; i++) {
            tags.append(", \"tag").append(i).append('"');
        }

        PostContent content = PostRequests.parseNew(json(
                "{\"title\": \"t\", \"text\": \"t\", \"hashtags\": [" + tags + "]}"));

        assertThat(content.hashtags()).hasSize(10);
    }

    @Test
    void nonObjectBodyIsRejected() {
        assertThatExceptionOfType(ErrorResponseException.class)
                .isThrownBy(() -> PostRequests.parseNew(json("\"text\"")))
                .satisfies(ex -> assertThat(errorFields(ex)).containsExactly("body"));
    }

    @Test
    void patchKeepsAbsentFields() {
        PostContent current = new PostContent("Title", "Text", List.of("a"), "Here", "https://x.org",
                "64b0a0000000000000000001");

        PostContent patched = PostRequests.parsePatch(json("{\"text\": \"New\"}")).applyTo(current);

        assertThat(patched).isEqualTo(new PostContent("Title", "New", List.of("a"), "Here", "https://x.org",
                "64b0a0000000000000000001"));
    }

    @Test
    void patchNullClearsOptionalFields() {
        PostContent current = new PostContent("Title", "Text", List.of("a"), "Here", "https://x.org",
                "64b0a0000000000000000001");

        PostContent patched = PostRequests.parsePatch(json(
                "{\"hashtags\": null, \"location\": null, \"url\": null, \"film_id\": null}")).applyTo(current);

        assertThat(patched).isEqualTo(new PostContent("Title", "Text", List.of(), null, null, null));
    }

    @Test
    void emptyPatchChangesNothing() {
        PostContent current = new PostContent("Title", "Text", List.of("a"), null, null, null);

        assertThat(PostRequests.parsePatch(json("{}")).applyTo(current)).isEqualTo(current);
    }

    @Test
    void patchCannotClearTitleOrText() {
        assertThatExceptionOfType(ErrorResponseException.class)
                .isThrownBy(() -> PostRequests.parsePatch(json("{\"title\": null, \"text\": null}")))
                .satisfies(ex -> assertThat(errorFields(ex)).containsExactlyInAnyOrder("title", "text"));
    }

    @Test
    void hashtagParameterIsMatchKey() {
        assertThat(PostRequests.hashtagParameter("#Cloud")).isEqualTo("cloud");
    }
}
