package dev.minisuite.film.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.minisuite.film.MongoConfiguration;
import dev.minisuite.testsupport.MongoIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Query;

@DataMongoTest
@MongoIntegrationTest
@Import({MongoConfiguration.class, FilmIndexes.class, FilmBatchWriter.class, StorageTestClock.class})
class FilmStorageTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FilmIndexes indexes;

    @Autowired
    FilmBatchWriter writer;

    @BeforeEach
    void clearFilms() {
        mongo.remove(new Query(), Film.class);
        indexes.afterPropertiesSet();
    }

    static FilmDetails details(String name, LocalDate released, Double rating) {
        return new FilmDraft(name, "Drama", null, null, null, released, null, null, rating).validate(9999)
                .details();
    }

    @Test
    void indexesCoverEveryFilterAndSort() {
        List<String> indexed = mongo.indexOps(Film.class).getIndexInfo().stream()
                .map(index -> index.getIndexFields().getFirst().getKey())
                .toList();

        assertThat(indexed).contains("film_name", "film_year", "release_date", "imdb_rating", "film_type_lower",
                "director_lower");
    }

    @Test
    void nameAndReleaseDateIndexIsUnique() {
        IndexInfo unique = mongo.indexOps(Film.class).getIndexInfo().stream()
                .filter(index -> index.getName().equals(FilmIndexes.UNIQUE_NAME_AND_DATE))
                .findFirst().orElseThrow();

        assertThat(unique.isUnique()).isTrue();
        assertThat(unique.getIndexFields()).extracting(field -> field.getKey())
                .containsExactly("film_name", "release_date");
    }

    @Test
    void duplicateKeyIsRejectedByDatabase() {
        mongo.insert(Film.create(details("Heat", LocalDate.of(1995, 12, 15), null), Instant.now()));

        assertThatThrownBy(() -> mongo.insert(Film.create(details("Heat", LocalDate.of(1995, 12, 15), 8.0),
                Instant.now()))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void documentUsesSnakeCaseFieldNames() {
        mongo.insert(Film.create(details("Heat", LocalDate.of(1995, 12, 15), 8.3), Instant.now()));

        Document stored = mongo.getCollection(Film.COLLECTION).find().first();

        assertThat(stored).containsKeys("film_name", "film_type", "film_type_lower", "film_year", "release_date",
                "imdb_rating", "created_at", "updated_at", "version");
    }

    @Test
    void releaseDateStoredAsUtcMidnight() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            mongo.insert(Film.create(details("Heat", LocalDate.of(1995, 12, 15), null), Instant.now()));

            Document stored = mongo.getCollection(Film.COLLECTION).find().first();
            Film read = mongo.findOne(new Query(), Film.class);

            assertThat(stored.get("release_date", Date.class).toInstant())
                    .isEqualTo(Instant.parse("1995-12-15T00:00:00Z"));
            assertThat(read.details().releaseDate()).isEqualTo(LocalDate.of(1995, 12, 15));
        }
        finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void batchWriterInsertsThenFindsNothingToDo() {
        List<FilmDetails> batch = List.of(details("Heat", LocalDate.of(1995, 12, 15), 8.3),
                details("Heat", LocalDate.of(1986, 1, 1), 5.0));

        List<FilmBatchWriter.Outcome> first = writer.write(batch);
        List<FilmBatchWriter.Outcome> second = writer.write(batch);

        assertThat(first).containsExactly(FilmBatchWriter.Outcome.INSERTED, FilmBatchWriter.Outcome.INSERTED);
        assertThat(second).containsExactly(FilmBatchWriter.Outcome.UNCHANGED, FilmBatchWriter.Outcome.UNCHANGED);
        assertThat(mongo.count(new Query(), Film.class)).isEqualTo(2);
    }

    @Test
    void batchWriterUpdatesChangedDetailsAndVersion() {
        writer.write(List.of(details("Heat", LocalDate.of(1995, 12, 15), 8.3)));

        List<FilmBatchWriter.Outcome> outcomes = writer.write(List.of(details("Heat", LocalDate.of(1995, 12, 15),
                8.4)));

        Film stored = mongo.findOne(new Query(), Film.class);
        assertThat(outcomes).containsExactly(FilmBatchWriter.Outcome.UPDATED);
        assertThat(stored.details().imdbRating()).isEqualTo(8.4);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.updatedAt()).isAfter(stored.createdAt());
    }

    @Test
    void concurrentBatchesInsertEachFilmOnce() throws Exception {
        List<FilmDetails> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(details("Film " + i, LocalDate.of(2000, 1, 1), null));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<List<FilmBatchWriter.Outcome>> write = () -> {
            start.await();
            return writer.write(batch);
        };

        List<FilmBatchWriter.Outcome> all = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
            for (Future<List<FilmBatchWriter.Outcome>> outcomes : executor.invokeAll(List.of(write, write))) {
                all.addAll(outcomes.get());
            }
        }

        assertThat(mongo.count(new Query(), Film.class)).isEqualTo(500);
        assertThat(all).filteredOn(outcome -> outcome == FilmBatchWriter.Outcome.INSERTED).hasSize(500);
        assertThat(all).filteredOn(outcome -> outcome == FilmBatchWriter.Outcome.UNCHANGED
                || outcome == FilmBatchWriter.Outcome.CONFLICT).hasSize(500);
    }

    @Test
    void bulkInsertedFilmSavesWithVersion() {
        writer.write(List.of(details("Heat", LocalDate.of(1995, 12, 15), 8.3)));
        Film stored = mongo.findOne(new Query(), Film.class);

        stored.replaceDetails(details("Heat", LocalDate.of(1995, 12, 15), 9.0), Instant.now());
        Film saved = mongo.save(stored);

        assertThat(saved.version()).isEqualTo(1);
    }
}
