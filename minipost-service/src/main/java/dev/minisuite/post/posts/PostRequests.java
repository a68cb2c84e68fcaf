package dev.minisuite.post.posts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.minisuite.post.posts.PostPatch.Replacement;
import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.Problems;
import dev.minisuite.web.TextRules;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Validates the JSON bodies of {@code POST} and {@code PATCH /api/posts}, which are read as trees so that a
 * merge patch can tell an absent field from one set to {@code null}. Every invalid field is collected, and the
 * request is rejected with one 400 problem that lists them all.
 */
final class PostRequests {

    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String HASHTAGS = "hashtags";
    static final String LOCATION = "location";
    static final String URL = "url";
    static final String FILM_ID = "film_id";

    /** The fields that the server sets; a client that sends one gets a 400 naming it. */
    static final Set<String> SERVER_SET = Set.of("id", "user", "owner_id", "date", "updated_at");

    private static final Set<String> WRITABLE = Set.of(TITLE, TEXT, HASHTAGS, LOCATION, URL, FILM_ID);

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

    private PostRequests() {
    }

    /** Validates the body of a new post; {@code title} and {@code text} are required. */
    static PostContent parseNew(JsonNode body) {
        List<FieldProblem> errors = new ArrayList<>();
        checkFieldNames(body, errors);
        String title = required(body, TITLE, errors, PostRequests::title);
        String text = required(body, TEXT, errors, PostRequests::text);
        JsonNode hashtagsNode = body.get(HASHTAGS);
        List<String> hashtags = hashtagsNode == null || hashtagsNode.isNull() ? List.of()
                : hashtags(hashtagsNode, errors);
        String location = optional(body, LOCATION, errors, PostRequests::location);
        String url = optional(body, URL, errors, PostRequests::url);
        String filmId = optional(body, FILM_ID, errors, PostRequests::filmId);
        if (!errors.isEmpty()) {
            throw Problems.invalidRequestException(errors);
        }
        return new PostContent(title, text, hashtags, location, url, filmId);
    }

    /**
     * Validates a JSON Merge Patch. Absent fields stay as they are; {@code null} clears {@code location},
     * {@code url} and {@code film_id}, and empties {@code hashtags}. {@code title} and {@code text} cannot be
     * cleared.
     */
    static PostPatch parsePatch(JsonNode body) {
        List<FieldProblem> errors = new ArrayList<>();
        checkFieldNames(body, errors);
        String title = null;
        String text = null;
        List<String> hashtags = null;
        JsonNode titleNode = body.get(TITLE);
        if (titleNode != null) {
            title = titleNode.isNull() ? cannotClear(TITLE, errors) : title(titleNode, errors);
        }
        JsonNode textNode = body.get(TEXT);
        if (textNode != null) {
            text = textNode.isNull() ? cannotClear(TEXT, errors) : text(textNode, errors);
        }
        JsonNode hashtagsNode = body.get(HASHTAGS);
        if (hashtagsNode != null) {
            hashtags = hashtagsNode.isNull() ? List.of() : hashtags(hashtagsNode, errors);
        }
        Replacement location = replacement(body, LOCATION, errors, PostRequests::location);
        Replacement url = replacement(body, URL, errors, PostRequests::url);
        Replacement filmId = replacement(body, FILM_ID, errors, PostRequests::filmId);
        if (!errors.isEmpty()) {
            throw Problems.invalidRequestException(errors);
        }
        return new PostPatch(title, text, hashtags, location, url, filmId);
    }

    /** Validates the {@code film_id} query parameter of the list endpoint and returns it in lower case. */
    static String filmIdParameter(String value) {
        List<FieldProblem> errors = new ArrayList<>();
        String filmId = filmId(StringNode.valueOf(value), errors);
        if (filmId == null) {
            throw Problems.invalidRequestException(errors);
        }
        return filmId;
    }

    /** Validates the {@code hashtag} query parameter of the list endpoint and returns its match key. */
    static String hashtagParameter(String value) {
        String problem = Hashtags.problem(value);
        if (problem != null) {
            throw Problems.invalidField("hashtag", problem);
        }
        return Hashtags.matchKey(Hashtags.normalize(value));
    }

    private static void checkFieldNames(JsonNode body, List<FieldProblem> errors) {
        if (!body.isObject()) {
            throw Problems.invalidField("body", "must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (SERVER_SET.contains(name)) {
                errors.add(new FieldProblem(name, "is set by the server; remove it"));
            }
            else if (!WRITABLE.contains(name)) {
                errors.add(new FieldProblem(name, "is not a field of this request; remove it"));
            }
        }
    }

    /** Validates one field's non-null JSON value; returns {@code null} after adding a problem. */
    private interface FieldRule {
        @Nullable String apply(JsonNode value, List<FieldProblem> errors);
    }

    private static String required(JsonNode body, String field, List<FieldProblem> errors, FieldRule rule) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            errors.add(new FieldProblem(field, "is required"));
            return "";
        }
        String valid = rule.apply(value, errors);
        return valid == null ? "" : valid;
    }

    private static @Nullable String optional(JsonNode body, String field, List<FieldProblem> errors,
            FieldRule rule) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : rule.apply(value, errors);
    }

    private static @Nullable Replacement replacement(JsonNode body, String field, List<FieldProblem> errors,
            FieldRule rule) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        return new Replacement(value.isNull() ? null : rule.apply(value, errors));
    }

    private static @Nullable String cannotClear(String field, List<FieldProblem> errors) {
        errors.add(new FieldProblem(field, "is required and cannot be cleared with null"));
        return null;
    }

    private static @Nullable String title(JsonNode value, List<FieldProblem> errors) {
        String title = singleLineString(TITLE, value, errors);
        if (title == null) {
            return null;
        }
        title = title.strip();
        return lengthBetween(TITLE, title, 1, PostContent.MAX_TITLE, errors) ? title : null;
    }

    private static @Nullable String text(JsonNode value, List<FieldProblem> errors) {
        String text = string(TEXT, value, errors);
        if (text == null) {
            return null;
        }
        String textProblem = TextRules.multiLineProblem(text);
        if (textProblem != null) {
            errors.add(new FieldProblem(TEXT, textProblem));
            return null;
        }
        if (text.isBlank()) {
            errors.add(new FieldProblem(TEXT, "must not be blank"));
            return null;
        }
        return lengthBetween(TEXT, text, 1, PostContent.MAX_TEXT, errors) ? text : null;
    }

    /** Trims the location; a blank one means none. */
    private static @Nullable String location(JsonNode value, List<FieldProblem> errors) {
        String location = singleLineString(LOCATION, value, errors);
        if (location == null || location.isBlank()) {
            return null;
        }
        location = location.strip();
        return lengthBetween(LOCATION, location, 1, PostContent.MAX_LOCATION, errors) ? location : null;
    }

    private static @Nullable String url(JsonNode value, List<FieldProblem> errors) {
        String url = singleLineString(URL, value, errors);
        if (url == null) {
            return null;
        }
        url = url.strip();
        if (!lengthBetween(URL, url, 1, PostContent.MAX_URL, errors)) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        }
        catch (URISyntaxException ex) {
            // Reported below like any other URL that is not an absolute http or https URL.
        }
        errors.add(new FieldProblem(URL, "must be an absolute http or https URL such as https://example.com/page, "
                + "but was '" + url + "'"));
        return null;
    }

    private static @Nullable String filmId(JsonNode value, List<FieldProblem> errors) {
        String filmId = string(FILM_ID, value, errors);
        if (filmId == null) {
            return null;
        }
        if (!OBJECT_ID.matcher(filmId).matches()) {
            errors.add(new FieldProblem(FILM_ID, "must be a film id of 24 hexadecimal digits, but was '"
                    + filmId + "'"));
            return null;
        }
        return filmId.toLowerCase(Locale.ROOT);
    }

    private static List<String> hashtags(JsonNode value, List<FieldProblem> errors) {
        if (!value.isArray()) {
            errors.add(new FieldProblem(HASHTAGS, "must be an array of strings"));
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        int index = 0;
        for (JsonNode element : value) {
            String field = HASHTAGS + "[" + index++ + "]";
            if (!element.isString()) {
                errors.add(new FieldProblem(field, "must be a string"));
                continue;
            }
            String problem = Hashtags.problem(element.stringValue());
            if (problem != null) {
                errors.add(new FieldProblem(field, problem));
                continue;
            }
            tags.add(Hashtags.normalize(element.stringValue()));
        }
        List<String> distinct = Hashtags.distinct(tags);
        if (distinct.size() > Hashtags.MAX_COUNT) {
            errors.add(new FieldProblem(HASHTAGS, "must have at most " + Hashtags.MAX_COUNT
                    + " distinct tags, but has " + distinct.size()));
        }
        return distinct;
    }

    private static @Nullable String string(String field, JsonNode value, List<FieldProblem> errors) {
        if (!value.isString()) {
            errors.add(new FieldProblem(field, "must be a string"));
            return null;
        }
        return value.stringValue();
    }

    /** Reads a string that must not contain control characters or bidirectional controls. */
    private static @Nullable String singleLineString(String field, JsonNode value, List<FieldProblem> errors) {
        String text = string(field, value, errors);
        if (text == null) {
            return null;
        }
        String problem = TextRules.singleLineProblem(text);
        if (problem != null) {
            errors.add(new FieldProblem(field, problem));
            return null;
        }
        return text;
    }

    private static boolean lengthBetween(String field, String value, int min, int max, List<FieldProblem> errors) {
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            errors.add(new FieldProblem(field, "must have " + min + " to " + max + " characters, but has " + length));
            return false;
        }
        return true;
    }
}
