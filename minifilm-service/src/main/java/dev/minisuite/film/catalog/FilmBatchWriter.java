package dev.minisuite.film.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.bulk.BulkWriteError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Inserts or updates a batch of films by their (film_name, release_date) key, with one query to read the stored
 * films and one unordered bulk write for the batch.
 */
@Component
public class FilmBatchWriter {

    /** The largest batch that {@link #write(List)} accepts. */
    public static final int MAX_BATCH_SIZE = 1000;

    /** MongoDB's error code for a unique index violation. */
    private static final int DUPLICATE_KEY = 11000;

    private static final Logger log = LoggerFactory.getLogger(FilmBatchWriter.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    FilmBatchWriter(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The result of writing one film. */
    public enum Outcome {
        /** No film had the key, so it was inserted. */
        INSERTED,
        /** A film had the key and other details, which were replaced. */
        UPDATED,
        /** A film had the key and the same details. */
        UNCHANGED,
        /** Another write changed or inserted a film with the key during this one, so this film was not written. */
        CONFLICT
    }

    /**
     * Writes the films and returns one outcome per film, in the order given. A film without a link keeps the
     * stored film's link, because imported data has no link field and an import should not clear one that an
     * ADMIN set.
     *
     * @param films films with pairwise different keys, at most {@value #MAX_BATCH_SIZE}
     */
    public List<Outcome> write(List<FilmDetails> films) {
        if (films.size() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("A batch must contain at most " + MAX_BATCH_SIZE
                    + " films, but has " + films.size());
        }
        Outcome[] outcomes = new Outcome[films.size()];
        if (films.isEmpty()) {
            return List.of();
        }
        Map<FilmKey, Film> stored = findStored(films);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Film.class);
        List<Integer> filmIndexOfOperation = new ArrayList<>();
        Map<String, FilmDetails> updatesById = new HashMap<>();
        Map<String, Integer> filmIndexById = new HashMap<>();

        for (int i = 0; i < films.size(); i++) {
            Film existing = stored.get(films.get(i).key());
            FilmDetails details = films.get(i);
            if (existing != null && details.filmLink() == null) {
                details = details.withFilmLink(existing.details().filmLink());
            }
            if (existing == null) {
                bulk.insert(Film.createForBulkInsert(details, now));
                filmIndexOfOperation.add(i);
                outcomes[i] = Outcome.INSERTED;
            }
            else if (existing.details().equals(details)) {
                outcomes[i] = Outcome.UNCHANGED;
            }
            else {
                long expectedVersion = existing.replaceDetailsForBulkUpdate(details, now);
                Query sameVersion = new Query(Criteria.where("_id").is(existing.id())
                        .and(Film.VERSION).is(expectedVersion));
                bulk.replaceOne(sameVersion, existing);
                filmIndexOfOperation.add(i);
                updatesById.put(existing.id(), details);
                filmIndexById.put(existing.id(), i);
                outcomes[i] = Outcome.UPDATED;
            }
        }
        if (!filmIndexOfOperation.isEmpty()) {
            execute(bulk, filmIndexOfOperation, outcomes);
            checkUpdatesApplied(updatesById, filmIndexById, outcomes);
        }
        return Arrays.asList(outcomes);
    }

    private Map<FilmKey, Film> findStored(List<FilmDetails> films) {
        Set<String> names = new HashSet<>();
        films.forEach(film -> names.add(film.filmName()));
        Map<FilmKey, Film> stored = new HashMap<>();
        for (Film film : mongo.find(new Query(Criteria.where(Film.FILM_NAME).in(names)), Film.class)) {
            stored.put(film.details().key(), film);
        }
        return stored;
    }

    /** Runs the bulk write and marks the inserts that lost a race for their key as conflicts. */
    private static void execute(BulkOperations bulk, List<Integer> filmIndexOfOperation, Outcome[] outcomes) {
        try {
            bulk.execute();
        }
        catch (BulkOperationException ex) {
            for (BulkWriteError error : ex.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw ex;
                }
                outcomes[filmIndexOfOperation.get(error.getIndex())] = Outcome.CONFLICT;
            }
            log.info("Skipped {} of {} films in a batch: another write inserted films with the same film_name and "
                    + "release_date at the same time", ex.getErrors().size(), outcomes.length);
        }
    }

    /**
     * Marks the updates whose film changed between the read and the write as conflicts. A bulk result counts
     * matched documents but does not say which replace matched, so the updated films are read back.
     */
    private void checkUpdatesApplied(Map<String, FilmDetails> updatesById, Map<String, Integer> filmIndexById,
            Outcome[] outcomes) {
        if (updatesById.isEmpty()) {
            return;
        }
        // NOTE: an update whose replace matched nothing still counts as UPDATED when another write stored exactly
        // the same details in the meantime, because the stored film is then what this import requested.
        List<Film> current = mongo.find(new Query(Criteria.where("_id").in(updatesById.keySet())), Film.class);
        Map<String, FilmDetails> currentById = new HashMap<>();
        current.forEach(film -> currentById.put(film.id(), film.details()));
        List<String> conflicts = new ArrayList<>();
        updatesById.forEach((id, intended) -> {
            if (!intended.equals(currentById.get(id))) {
                outcomes[filmIndexById.get(id)] = Outcome.CONFLICT;
                conflicts.add(id);
            }
        });
        if (!conflicts.isEmpty()) {
            log.info("Skipped the update of {} films that another request changed during the write: {}",
                    conflicts.size(), conflicts);
        }
    }
}
