package dev.minisuite.film.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.minisuite.web.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The body of a create or replace, and the result of applying a merge patch. Every client-editable field is
 * optional here, and {@link FilmDraft#validate(int)} decides what is required.
 *
 * <p>{@code id}, {@code created_at} and {@code updated_at} are declared only to reject them with a clearer message
 * than the one for unknown fields. They are typed {@link JsonNode} so that an explicit JSON {@code null} is seen too.
 */
record FilmRequest(
        @Nullable String filmName,
        @Nullable String filmType,
        @Nullable Integer filmYear,
        @Schema(description = "An absolute http or https URL", example = "https://example.com/films/1776")
        @Nullable String filmLink,
        @Nullable String director,
        @Schema(description = "ISO-8601 date; film_year is derived from it when not given", example = "1972-11-09")
        @Nullable LocalDate releaseDate,
        @Nullable Integer runningTimeMin,
        @Nullable String mpaaRating,
        @Schema(minimum = "0", maximum = "10")
        @Nullable Double imdbRating,
        @Schema(hidden = true) @Nullable JsonNode id,
        @Schema(hidden = true) @Nullable JsonNode createdAt,
        @Schema(hidden = true) @Nullable JsonNode updatedAt) {

    /** The JSON names of the fields that only the server sets. */
    static final List<String> SERVER_FIELDS = List.of("id", "created_at", "updated_at");

    static final String SET_BY_SERVER = "is set by the server and must not be sent";

    FilmDraft toDraft() {
        return new FilmDraft(filmName, filmType, filmYear, filmLink, director, releaseDate, runningTimeMin,
                mpaaRating, imdbRating);
    }

    /** Lists a problem for each server-set field that the client sent, even as {@code null}. */
    List<FieldProblem> serverFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (id != null) {
            problems.add(new FieldProblem("id", SET_BY_SERVER));
        }
        if (createdAt != null) {
            problems.add(new FieldProblem("created_at", SET_BY_SERVER));
        }
        if (updatedAt != null) {
            problems.add(new FieldProblem("updated_at", SET_BY_SERVER));
        }
        return problems;
    }
}
