package dev.minisuite.film.catalog;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of a film create or replace, and of the document that a merge patch produces, as documented for
 * springdoc. Every client-editable field is optional here, and {@link FilmDraft#validate(int)} decides what is
 * required. {@link FilmRequests#read} reads the body itself, with strict JSON types.
 */
record FilmRequest(
        @Nullable String filmName,
        @Nullable String filmType,
        @Schema(description = "A JSON integer", example = "1972")
        @Nullable Integer filmYear,
        @Schema(description = "An absolute http or https URL", example = "https://example.com/films/1776")
        @Nullable String filmLink,
        @Nullable String director,
        @Schema(description = "An ISO-8601 date string, YYYY-MM-DD; film_year is derived from it when not given",
                example = "1972-11-09")
        @Nullable LocalDate releaseDate,
        @Schema(description = "A JSON integer, in minutes", minimum = "1")
        @Nullable Integer runningTimeMin,
        @Nullable String mpaaRating,
        @Schema(minimum = "0", maximum = "10")
        @Nullable Double imdbRating) {
}
