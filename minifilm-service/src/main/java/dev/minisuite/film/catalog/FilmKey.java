package dev.minisuite.film.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The pair that identifies a film, backed by a unique index. MongoDB indexes a missing release date as
 * {@code null}, so among the films without a release date each name can appear only once.
 */
public record FilmKey(String filmName, @Nullable LocalDate releaseDate) {
}
