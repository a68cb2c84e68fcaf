package dev.minisuite.film.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A film in the catalogue. The pair of name and release date is unique. {@code film_type_lower} and
 * {@code director_lower} hold lower-cased copies of those fields so that the case-insensitive filters are plain
 * index lookups. The version counts changes and is the film's entity tag.
 */
@Document(Film.COLLECTION)
class Film {

    static final String COLLECTION = "films";

    static final String FILM_NAME = "film_name";
    static final String FILM_TYPE = "film_type";
    static final String FILM_TYPE_LOWER = "film_type_lower";
    static final String FILM_YEAR = "film_year";
    static final String FILM_LINK = "film_link";
    static final String DIRECTOR = "director";
    static final String DIRECTOR_LOWER = "director_lower";
    static final String RELEASE_DATE = "release_date";
    static final String RUNNING_TIME_MIN = "running_time_min";
    static final String MPAA_RATING = "mpaa_rating";
    static final String IMDB_RATING = "imdb_rating";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final String VERSION = "version";

    @Id
    private @Nullable String id;

    @Field(FILM_NAME)
    private String filmName;

    @Field(FILM_TYPE)
    private @Nullable String filmType;

    @Field(FILM_TYPE_LOWER)
    private @Nullable String filmTypeLower;

    @Field(FILM_YEAR)
    private @Nullable Integer filmYear;

    @Field(FILM_LINK)
    private @Nullable String filmLink;

    @Field(DIRECTOR)
    private @Nullable String director;

    @Field(DIRECTOR_LOWER)
    private @Nullable String directorLower;

    @Field(RELEASE_DATE)
    private @Nullable LocalDate releaseDate;

    @Field(RUNNING_TIME_MIN)
    private @Nullable Integer runningTimeMin;

    @Field(MPAA_RATING)
    private @Nullable String mpaaRating;

    @Field(IMDB_RATING)
    private @Nullable Double imdbRating;

    @Field(CREATED_AT)
    private final Instant createdAt;

    @Field(UPDATED_AT)
    private Instant updatedAt;

    @Version
    @Field(VERSION)
    private @Nullable Long version;

    @PersistenceCreator
    Film(@Nullable String id, String filmName, @Nullable String filmType, @Nullable Integer filmYear,
            @Nullable String filmLink, @Nullable String director, @Nullable LocalDate releaseDate,
            @Nullable Integer runningTimeMin, @Nullable String mpaaRating, @Nullable Double imdbRating,
            Instant createdAt, Instant updatedAt, @Nullable Long version) {
        this.id = id;
        this.filmName = filmName;
        this.filmType = filmType;
        this.filmTypeLower = lowerCase(filmType);
        this.filmYear = filmYear;
        this.filmLink = filmLink;
        this.director = director;
        this.directorLower = lowerCase(director);
        this.releaseDate = releaseDate;
        this.runningTimeMin = runningTimeMin;
        this.mpaaRating = mpaaRating;
        this.imdbRating = imdbRating;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Creates a film that has not been stored yet; MongoTemplate gives it an id and version 0 on insert. */
    static Film create(FilmDetails details, Instant now) {
        return new Film(null, details.filmName(), details.filmType(), details.filmYear(), details.filmLink(),
                details.director(), details.releaseDate(), details.runningTimeMin(), details.mpaaRating(),
                details.imdbRating(), now, now, null);
    }

    /**
     * Creates a film for a bulk insert, which does not initialize the version the way MongoTemplate's insert does.
     */
    static Film createForBulkInsert(FilmDetails details, Instant now) {
        Film film = create(details, now);
        film.version = 0L;
        return film;
    }

    /** Replaces every client-editable field and records the time of the change. */
    void replaceDetails(FilmDetails details, Instant now) {
        this.filmName = details.filmName();
        this.filmType = details.filmType();
        this.filmTypeLower = lowerCase(details.filmType());
        this.filmYear = details.filmYear();
        this.filmLink = details.filmLink();
        this.director = details.director();
        this.directorLower = lowerCase(details.director());
        this.releaseDate = details.releaseDate();
        this.runningTimeMin = details.runningTimeMin();
        this.mpaaRating = details.mpaaRating();
        this.imdbRating = details.imdbRating();
        this.updatedAt = now;
    }

    /**
     * Prepares this film for a bulk replace that is conditional on the current version: replaces the details and
     * increments the version, which a bulk write does not do by itself.
     *
     * @return the version the stored document must still have for the replace to apply
     */
    long replaceDetailsForBulkUpdate(FilmDetails details, Instant now) {
        long expected = version();
        replaceDetails(details, now);
        this.version = expected + 1;
        return expected;
    }

    FilmDetails details() {
        return new FilmDetails(filmName, filmType, filmYear, filmLink, director, releaseDate, runningTimeMin,
                mpaaRating, imdbRating);
    }

    String id() {
        if (id == null) {
            throw new IllegalStateException("The film has not been stored yet");
        }
        return id;
    }

    long version() {
        if (version == null) {
            throw new IllegalStateException("The film has not been stored yet");
        }
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    static @Nullable String lowerCase(@Nullable String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
