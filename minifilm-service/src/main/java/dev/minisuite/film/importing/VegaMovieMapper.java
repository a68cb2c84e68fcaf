package dev.minisuite.film.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.minisuite.film.catalog.FilmDraft;
import dev.minisuite.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps one row of the Vega movies format (the {@code movies.json} file of the npm package vega-datasets) to a film
 * draft. Keys other than the seven mapped ones are ignored. A title given as a JSON number, such as {@code 1776},
 * becomes its decimal string.
 */
final class VegaMovieMapper {

    static final String TITLE = "Title";
    static final String MAJOR_GENRE = "Major Genre";
    static final String RELEASE_DATE = "Release Date";
    static final String DIRECTOR = "Director";
    static final String RUNNING_TIME = "Running Time min";
    static final String MPAA_RATING = "MPAA Rating";
    static final String IMDB_RATING = "IMDB Rating";

    /** The source key of each film field, to name the key in a rejection reason. */
    private static final Map<String, String> SOURCE_KEYS = Map.of(
            "film_name", TITLE,
            "film_type", MAJOR_GENRE,
            "film_year", RELEASE_DATE,
            "release_date", RELEASE_DATE,
            "director", DIRECTOR,
            "running_time_min", RUNNING_TIME,
            "mpaa_rating", MPAA_RATING,
            "imdb_rating", IMDB_RATING);

    /** The source's form, "Jun 12 1998", with one-digit days and ISO-8601 dates also accepted. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private VegaMovieMapper() {
    }

    /** Maps a row, or throws {@link RowRejectedException} with the reason. */
    static FilmDraft map(JsonNode row) {
        if (!row.isObject()) {
            throw new RowRejectedException("the row is not a JSON object");
        }
        return new FilmDraft(
                text(row, TITLE),
                text(row, MAJOR_GENRE),
                null,
                null,
                text(row, DIRECTOR),
                date(row),
                wholeNumber(row, RUNNING_TIME),
                text(row, MPAA_RATING),
                number(row, IMDB_RATING));
    }

    /** Joins validation problems into one reason that names the source keys. */
    static String reason(List<FieldProblem> problems) {
        return problems.stream()
                .map(problem -> SOURCE_KEYS.getOrDefault(problem.field(), problem.field()) + " " + problem.message())
                .collect(Collectors.joining("; "));
    }

    private static @Nullable String text(JsonNode row, String key) {
        JsonNode value = row.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString() || value.isNumber()) {
            return value.asString();
        }
        throw new RowRejectedException(key + " must be a string or a number, but was " + value);
    }

    private static @Nullable LocalDate date(JsonNode row) {
        String text = text(row, RELEASE_DATE);
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text.strip(), format);
            }
            catch (DateTimeParseException ex) {
                // Try the next format.
            }
        }
        throw new RowRejectedException(RELEASE_DATE + " must be a date such as 'Jun 12 1998', but was '" + text
                + "'");
    }

    private static @Nullable Integer wholeNumber(JsonNode row, String key) {
        BigDecimal value = decimal(row, key);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        }
        catch (ArithmeticException ex) {
            throw new RowRejectedException(key + " must be a whole number, but was " + value.toPlainString());
        }
    }

    private static @Nullable Double number(JsonNode row, String key) {
        BigDecimal value = decimal(row, key);
        return value == null ? null : value.doubleValue();
    }

    /** Reads a JSON number, or a string that contains one, so that files whose tools quote numbers import too. */
    private static @Nullable BigDecimal decimal(JsonNode row, String key) {
        JsonNode value = row.get(key);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString()) {
            try {
                return new BigDecimal(value.asString().strip());
            }
            catch (NumberFormatException ex) {
                throw new RowRejectedException(key + " must be a number, but was '" + value.asString() + "'");
            }
        }
        throw new RowRejectedException(key + " must be a number, but was " + value);
    }

    /** Thrown when a row cannot be mapped; the message is the reason shown in the import report. */
    static final class RowRejectedException extends RuntimeException {

        RowRejectedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
