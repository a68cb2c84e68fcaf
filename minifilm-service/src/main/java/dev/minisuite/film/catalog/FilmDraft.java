package dev.minisuite.film.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The client-editable fields of a film as received, before validation. The API and the importer both validate
 * through {@link #validate(int)}, so a film means the same whichever way it arrives.
 */
public record FilmDraft(
        @Nullable String filmName,
        @Nullable String filmType,
        @Nullable Integer filmYear,
        @Nullable String filmLink,
        @Nullable String director,
        @Nullable LocalDate releaseDate,
        @Nullable Integer runningTimeMin,
        @Nullable String mpaaRating,
        @Nullable Double imdbRating) {

    /** The year of the first films. */
    public static final int EARLIEST_YEAR = 1870;
    public static final int MAX_NAME_LENGTH = 300;
    static final int MAX_TEXT_LENGTH = 200;
    static final int MAX_LINK_LENGTH = 2048;

    /**
     * Checks every field and returns either the normalized details or every problem found, with the JSON name of
     * each field.
     *
     * @param latestYear the largest {@code film_year} accepted
     */
    public Validation validate(int latestYear) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = checkName(problems);
        String type = optionalText("film_type", filmType, problems);
        String directorName = optionalText("director", director, problems);
        String rating = optionalText("mpaa_rating", mpaaRating, problems);

        String link = strip(filmLink);
        String linkProblem = filmLink == null ? null : TextRules.singleLineProblem(filmLink);
        if (linkProblem != null) {
            problems.add(new FieldProblem("film_link", linkProblem));
        }
        else if (link != null) {
            checkLink(link, problems);
        }

        Integer year = checkYear(latestYear, problems);
        if (runningTimeMin != null && runningTimeMin < 1) {
            problems.add(new FieldProblem("running_time_min", "must be a positive number of minutes, but was "
                    + runningTimeMin));
        }
        if (imdbRating != null && !(imdbRating >= 0 && imdbRating <= 10)) {
            problems.add(new FieldProblem("imdb_rating", "must be between 0 and 10, but was " + imdbRating));
        }

        if (!problems.isEmpty() || name == null) {
            return new Validation(null, problems);
        }
        return new Validation(new FilmDetails(name, type, year, link, directorName, releaseDate, runningTimeMin,
                rating, imdbRating), List.of());
    }

    /** Returns the stripped film name, or {@code null} after adding a problem. */
    private @Nullable String checkName(List<FieldProblem> problems) {
        String name = strip(filmName);
        String nameProblem = filmName == null ? null : TextRules.singleLineProblem(filmName);
        if (nameProblem != null) {
            problems.add(new FieldProblem("film_name", nameProblem));
            return null;
        }
        if (name == null) {
            problems.add(new FieldProblem("film_name", "is required and must not be blank"));
            return null;
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("film_name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        return name;
    }

    private @Nullable Integer checkYear(int latestYear, List<FieldProblem> problems) {
        Integer year = filmYear;
        if (year == null && releaseDate != null) {
            year = releaseDate.getYear();
        }
        else if (year != null && releaseDate != null && year != releaseDate.getYear()) {
            problems.add(new FieldProblem("film_year", "must match the year of release_date " + releaseDate
                    + ", but was " + year + "; send one of them, or both with the same year"));
            return year;
        }
        if (year != null && (year < EARLIEST_YEAR || year > latestYear)) {
            String field = filmYear == null ? "release_date" : "film_year";
            problems.add(new FieldProblem(field, "must be in a year between " + EARLIEST_YEAR + " and " + latestYear
                    + ", but was " + year));
        }
        return year;
    }

    private static void checkLink(String link, List<FieldProblem> problems) {
        if (link.length() > MAX_LINK_LENGTH) {
            problems.add(new FieldProblem("film_link", "must be at most " + MAX_LINK_LENGTH + " characters"));
            return;
        }
        if (!isHttpUrl(link)) {
            problems.add(new FieldProblem("film_link",
                    "must be an absolute http or https URL with a host, such as https://example.com/film"));
        }
    }

    private static boolean isHttpUrl(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        }
        catch (URISyntaxException ex) {
            // The parser's reason names its internals, such as "Illegal character in path", so it is not shown.
            return false;
        }
    }

    private static @Nullable String optionalText(String field, @Nullable String value, List<FieldProblem> problems) {
        String textProblem = value == null ? null : TextRules.singleLineProblem(value);
        if (textProblem != null) {
            problems.add(new FieldProblem(field, textProblem));
            return null;
        }
        String stripped = strip(value);
        if (stripped != null && stripped.codePointCount(0, stripped.length()) > MAX_TEXT_LENGTH) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
        return stripped;
    }

    private static @Nullable String strip(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The outcome of {@link #validate(int)}: details when valid, otherwise at least one problem. */
    public record Validation(@Nullable FilmDetails details, List<FieldProblem> problems) {

        public boolean valid() {
            return details != null;
        }
    }
}
