package dev.minisuite.film.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The client-editable fields of a film after validation: strings trimmed, blank optional strings turned into
 * {@code null}, and {@code filmYear} derived from {@code releaseDate} when only the date was given. Create one with
 * {@link FilmDraft#validate(int)}.
 */
public record FilmDetails(
        String filmName,
        @Nullable String filmType,
        @Nullable Integer filmYear,
        @Nullable String filmLink,
        @Nullable String director,
        @Nullable LocalDate releaseDate,
        @Nullable Integer runningTimeMin,
        @Nullable String mpaaRating,
        @Nullable Double imdbRating) {

    /** Returns a copy with another {@code filmLink}. */
    public FilmDetails withFilmLink(@Nullable String link) {
        return new FilmDetails(filmName, filmType, filmYear, link, director, releaseDate, runningTimeMin, mpaaRating,
                imdbRating);
    }

    /** Returns the natural key of the film. Remakes share a name, so the release date distinguishes them. */
    public FilmKey key() {
        return new FilmKey(filmName, releaseDate);
    }
}
