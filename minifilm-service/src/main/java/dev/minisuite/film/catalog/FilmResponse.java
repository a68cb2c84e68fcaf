package dev.minisuite.film.catalog;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A film as clients see it. The version is sent only as the {@code ETag} header. */
record FilmResponse(
        String id,
        String filmName,
        @Nullable String filmType,
        @Nullable Integer filmYear,
        @Nullable String filmLink,
        @Nullable String director,
        @Nullable LocalDate releaseDate,
        @Nullable Integer runningTimeMin,
        @Nullable String mpaaRating,
        @Nullable Double imdbRating,
        Instant createdAt,
        Instant updatedAt) {

    static FilmResponse of(Film film) {
        FilmDetails details = film.details();
        return new FilmResponse(film.id(), details.filmName(), details.filmType(), details.filmYear(),
                details.filmLink(), details.director(), details.releaseDate(), details.runningTimeMin(),
                details.mpaaRating(), details.imdbRating(), film.createdAt(), film.updatedAt());
    }
}
