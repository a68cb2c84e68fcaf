package dev.minisuite.film.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Creates the film indexes at start-up, before the service takes requests: the unique (film_name, release_date)
 * pair, which also serves sorting and searching by name, and one index for each other filter and sort field.
 */
@Component
class FilmIndexes implements InitializingBean {

    static final String UNIQUE_NAME_AND_DATE = "film_name_release_date_unique";

    private static final Logger log = LoggerFactory.getLogger(FilmIndexes.class);

    private final MongoTemplate mongo;

    FilmIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        IndexOperations indexes = mongo.indexOps(Film.class);
        ensure(indexes, new Index().on(Film.FILM_NAME, Sort.Direction.ASC).on(Film.RELEASE_DATE, Sort.Direction.ASC)
                .unique().named(UNIQUE_NAME_AND_DATE));
        ensure(indexes, new Index(Film.FILM_YEAR, Sort.Direction.ASC).named("film_year"));
        ensure(indexes, new Index(Film.RELEASE_DATE, Sort.Direction.ASC).named("release_date"));
        ensure(indexes, new Index(Film.IMDB_RATING, Sort.Direction.ASC).named("imdb_rating"));
        ensure(indexes, new Index(Film.FILM_TYPE_LOWER, Sort.Direction.ASC).named("film_type_lower"));
        ensure(indexes, new Index(Film.DIRECTOR_LOWER, Sort.Direction.ASC).named("director_lower"));
    }

    private static void ensure(IndexOperations indexes, Index index) {
        String name = indexes.createIndex(index);
        log.info("Ensured index {} on collection {}", name, Film.COLLECTION);
    }
}
