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

    private static final int MAX_ECHOED_LENGTH = 100;
    private static final int MAX_NUMBER_LENGTH = 100;

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
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber() && !isNonFinite(value)) {
            return value.asString();
        }
        throw new RowRejectedException(key + " must be a string or a finite number, but was "
                + abbreviate(value.toString()));
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
        throw new RowRejectedException(RELEASE_DATE + " must be a date such as 'Jun 12 1998', but was '"
                + abbreviate(text) + "'");
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
            // toString() rather than toPlainString(): a value such as 1e999999999 would expand to a billion digits.
            throw new RowRejectedException(key + " must be a whole number from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE + ", but was " + abbreviate(value.toString()));
        }
    }

    private static @Nullable Double number(JsonNode row, String key) {
        BigDecimal value = decimal(row, key);
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw new RowRejectedException(key + " must be a finite number, but was " + abbreviate(value.toString()));
        }
        return number;
    }

    /** Reads a JSON number, or a string that contains one, so that files whose tools quote numbers import too. */
    private static @Nullable BigDecimal decimal(JsonNode row, String key) {
        JsonNode value = row.get(key);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            return null;
        }
        if (isNonFinite(value)) {
            // A JSON number beyond the range of a double, such as 1e400, is read as an infinite double.
            throw new RowRejectedException(key + " must be a finite number");
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString()) {
            String text = value.stringValue().strip();
            if (text.length() > MAX_NUMBER_LENGTH) {
                // Parsing a huge digit string takes long; no real rating or running time is this long.
                throw new RowRejectedException(key + " must be a number of at most " + MAX_NUMBER_LENGTH
                        + " characters");
            }
            try {
                return new BigDecimal(text);
            }
            catch (NumberFormatException ex) {
                throw new RowRejectedException(key + " must be a number, but was '" + abbreviate(value.stringValue())
                        + "'");
            }
        }
        throw new RowRejectedException(key + " must be a number, but was " + abbreviate(value.toString()));
    }

    private static boolean isNonFinite(JsonNode value) {
        return value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue());
    }

    /** Shortens a value that a rejection reason echoes, so that a huge value does not come back whole. */
    private static String abbreviate(String value) {
        return value.length() <= MAX_ECHOED_LENGTH ? value : value.substring(0, MAX_ECHOED_LENGTH) + "...";
    }

    /** Thrown when a row cannot be mapped; the message is the reason shown in the import report. */
    static final class RowRejectedException extends RuntimeException {

        RowRejectedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
