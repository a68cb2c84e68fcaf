package dev.minisuite.film.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.Problems;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON body of a film create or replace, and the document that a merge patch produces, from its JSON
 * tree. The types are strict: text fields must be JSON strings, {@code film_year} and {@code running_time_min}
 * JSON integers, {@code imdb_rating} a finite JSON number and {@code release_date} a string of the form
 * {@code YYYY-MM-DD}. Jackson's default coercions, such as {@code "2001"} to a number, a number to a string or an
 * epoch day to a date, are therefore never applied. Every problem is collected into one 400 problem.
 */
final class FilmRequests {

    static final String SET_BY_SERVER = "is set by the server and must not be sent";

    /** The JSON names of the fields that only the server sets. */
    static final List<String> SERVER_FIELDS = List.of("id", "created_at", "updated_at");

    private static final Set<String> TEXT_FIELDS = Set.of("film_name", "film_type", "film_link", "director",
            "mpaa_rating");
    private static final Set<String> WHOLE_NUMBER_FIELDS = Set.of("film_year", "running_time_min");

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final String DATE_FORMAT = "must be an ISO-8601 date string such as 1998-06-12";

    private FilmRequests() {
    }

    /** Reads a film body, or throws a 400 problem that lists every invalid, unknown or server-set field. */
    static FilmDraft read(JsonNode body) {
        if (!body.isObject()) {
            throw Problems.invalidField("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : body.propertyNames()) {
            if (SERVER_FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, SET_BY_SERVER));
            }
            else if (!TEXT_FIELDS.contains(name) && !WHOLE_NUMBER_FIELDS.contains(name)
                    && !name.equals("release_date") && !name.equals("imdb_rating")) {
                problems.add(new FieldProblem(name, "is not a field of a film; remove it"));
            }
        }
        FilmDraft draft = new FilmDraft(
                text(body, "film_name", problems),
                text(body, "film_type", problems),
                wholeNumber(body, "film_year", problems),
                text(body, "film_link", problems),
                text(body, "director", problems),
                date(body, "release_date", problems),
                wholeNumber(body, "running_time_min", problems),
                text(body, "mpaa_rating", problems),
                rating(body, "imdb_rating", problems));
        if (!problems.isEmpty()) {
            throw Problems.invalidRequestException(problems);
        }
        return draft;
    }

    private static @Nullable String text(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(field, "must be a JSON string"));
            return null;
        }
        return value.stringValue();
    }

    private static @Nullable Integer wholeNumber(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            problems.add(new FieldProblem(field, "must be a whole number written as a JSON integer"));
            return null;
        }
        if (!value.canConvertToInt()) {
            problems.add(new FieldProblem(field, "must be a whole number from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE));
            return null;
        }
        return value.intValue();
    }

    private static @Nullable Double rating(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(new FieldProblem(field, "must be a JSON number"));
            return null;
        }
        double rating = value.doubleValue();
        if (!Double.isFinite(rating)) {
            problems.add(new FieldProblem(field, "must be between 0 and 10"));
            return null;
        }
        return rating;
    }

    private static @Nullable LocalDate date(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || !ISO_DATE.matcher(value.stringValue()).matches()) {
            problems.add(new FieldProblem(field, DATE_FORMAT));
            return null;
        }
        try {
            return LocalDate.parse(value.stringValue(), DateTimeFormatter.ISO_LOCAL_DATE);
        }
        catch (DateTimeParseException ex) {
            problems.add(new FieldProblem(field, "must be a valid calendar date such as 1998-06-12"));
            return null;
        }
    }
}
