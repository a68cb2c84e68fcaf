package dev.minisuite.film.catalog;

import java.util.ArrayList;
import java.util.List;

import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.Problems;
import dev.minisuite.web.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The filters of the film list. All given filters must match.
 *
 * @param text a case-insensitive substring of the film name, every character taken literally
 * @param type the film type, compared case-insensitively
 * @param year the exact film year
 * @param yearFrom the smallest film year, inclusive
 * @param yearTo the largest film year, inclusive
 * @param director the director's full name, compared case-insensitively; a part of the name does not match
 */
record FilmSearch(@Nullable String text, @Nullable String type, @Nullable Integer year, @Nullable Integer yearFrom,
        @Nullable Integer yearTo, @Nullable String director) {

    /** The characters that have a meaning in a MongoDB (PCRE) or Java regular expression outside a class. */
    private static final String REGEX_METACHARACTERS = "\\^$.|?*+()[]{}";

    /**
     * Validates the filters, or throws a 400 problem. Blank text filters count as absent. A text filter with a
     * control character is rejected, because MongoDB cannot take a NUL character in a regular expression.
     */
    FilmSearch {
        List<FieldProblem> problems = new ArrayList<>();
        rejectControlCharacters("q", text, problems);
        rejectControlCharacters("type", type, problems);
        rejectControlCharacters("director", director, problems);
        if (!problems.isEmpty()) {
            throw Problems.invalidRequestException(problems);
        }
        text = blankToNull(text);
        type = blankToNull(type);
        director = blankToNull(director);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw Problems.invalidField("year_from", "must not be greater than year_to, but " + yearFrom + " > "
                    + yearTo);
        }
    }

    Criteria toCriteria() {
        List<Criteria> parts = new ArrayList<>();
        if (text != null) {
            // NOTE: an unanchored, case-insensitive pattern cannot seek in the film_name index, so MongoDB scans the
            // whole index for it. That is fast for thousands of films; millions would need a text or n-gram index.
            parts.add(Criteria.where(Film.FILM_NAME).regex(literalRegex(text), "i"));
        }
        if (type != null) {
            parts.add(Criteria.where(Film.FILM_TYPE_LOWER).is(Film.lowerCase(type.strip())));
        }
        if (director != null) {
            parts.add(Criteria.where(Film.DIRECTOR_LOWER).is(Film.lowerCase(director.strip())));
        }
        if (year != null) {
            parts.add(Criteria.where(Film.FILM_YEAR).is(year));
        }
        if (yearFrom != null) {
            parts.add(Criteria.where(Film.FILM_YEAR).gte(yearFrom));
        }
        if (yearTo != null) {
            parts.add(Criteria.where(Film.FILM_YEAR).lte(yearTo));
        }
        if (parts.isEmpty()) {
            return new Criteria();
        }
        return parts.size() == 1 ? parts.getFirst() : new Criteria().andOperator(parts);
    }

    /**
     * Escapes every regular expression metacharacter with a backslash, so that the pattern matches the text
     * literally. Both PCRE and {@code java.util.regex} read a backslash before a punctuation character as that
     * character, which keeps the pattern portable between MongoDB and the in-process test server.
     */
    static String literalRegex(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (REGEX_METACHARACTERS.indexOf(c) >= 0) {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }

    private static void rejectControlCharacters(String parameter, @Nullable String value,
            List<FieldProblem> problems) {
        if (value != null && TextRules.hasControlCharacter(value)) {
            problems.add(new FieldProblem(parameter, TextRules.CONTROL_CHARACTERS));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
