package dev.minisuite.film.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.mongodb.client.result.DeleteResult;
import dev.minisuite.web.EntityTags;
import dev.minisuite.web.FieldProblem;
import dev.minisuite.web.Problems;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and changes films. Changes are conditional on the version that the client read when it sends
 * {@code If-Match}, and on the version this service read in every case, so two concurrent changes never silently
 * overwrite each other.
 */
@Service
class FilmService {

    /** How many years ahead of the current year a film may be dated, for announced films. */
    static final int YEARS_AHEAD = 10;

    private static final Logger log = LoggerFactory.getLogger(FilmService.class);

    private final MongoTemplate mongo;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    FilmService(MongoTemplate mongo, JsonMapper jsonMapper, Clock clock) {
        this.mongo = mongo;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    Page<Film> search(FilmSearch search, Pageable pageable) {
        Criteria criteria = search.toCriteria();
        List<Film> films = mongo.find(new Query(criteria).with(pageable), Film.class);
        return PageableExecutionUtils.getPage(films, pageable, () -> mongo.count(new Query(criteria), Film.class));
    }

    /** Finds a film, or throws 404 for an unknown id and for a string that is not an id at all. */
    Film find(String id) {
        Film film = ObjectId.isValid(id) ? mongo.findById(new ObjectId(id), Film.class) : null;
        if (film == null) {
            throw Problems.status(HttpStatus.NOT_FOUND, "No film has the id '" + id + "'.");
        }
        return film;
    }

    Film create(FilmDraft draft) {
        FilmDetails details = validate(draft);
        try {
            Film film = mongo.insert(Film.create(details, now()));
            log.info("Created film {}", film.id());
            return film;
        }
        catch (DuplicateKeyException ex) {
            throw duplicate(details);
        }
    }

    /** Replaces every client-editable field of a film. */
    Film replace(String id, FilmDraft draft, @Nullable String ifMatch) {
        Film film = find(id);
        EntityTags.checkIfMatch(ifMatch, film.version());
        return store(film, validate(draft), ifMatch);
    }

    /** Applies a JSON Merge Patch to the film's client-editable fields, then validates the result as a replace. */
    Film patch(String id, JsonNode patch, @Nullable String ifMatch) {
        if (!patch.isObject()) {
            throw Problems.status(HttpStatus.BAD_REQUEST, "A merge patch for a film must be a JSON object.");
        }
        List<FieldProblem> serverFields = FilmRequests.SERVER_FIELDS.stream()
                .filter(patch::has)
                .map(field -> new FieldProblem(field, FilmRequests.SET_BY_SERVER))
                .toList();
        if (!serverFields.isEmpty()) {
            throw Problems.invalidRequestException(serverFields);
        }
        Film film = find(id);
        EntityTags.checkIfMatch(ifMatch, film.version());

        ObjectNode current = jsonMapper.valueToTree(film.details());
        List<String> nullMembers = current.properties().stream()
                .filter(member -> member.getValue().isNull())
                .map(Map.Entry::getKey)
                .toList();
        current.remove(nullMembers);
        // A new release date with no film_year in the patch moves the year along, instead of conflicting with it.
        JsonNode newDate = patch.get(Film.RELEASE_DATE);
        if (newDate != null && !newDate.isNull() && !patch.has(Film.FILM_YEAR)) {
            current.remove(Film.FILM_YEAR);
        }
        FilmDraft merged = FilmRequests.read(MergePatch.apply(current, patch));
        return store(film, validate(merged), ifMatch);
    }

    /** Deletes a film; with {@code If-Match}, only while the film still has that version. */
    void delete(String id, @Nullable String ifMatch) {
        Film film = find(id);
        Criteria match = Criteria.where("_id").is(new ObjectId(id));
        if (ifMatch != null && !ifMatch.isBlank()) {
            EntityTags.checkIfMatch(ifMatch, film.version());
            match = match.and(Film.VERSION).is(film.version());
        }
        DeleteResult result = mongo.remove(new Query(match), Film.class);
        if (result.getDeletedCount() == 0) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw changedMeanwhile(id, true);
            }
            throw Problems.status(HttpStatus.NOT_FOUND, "No film has the id '" + id + "'.");
        }
        log.info("Deleted film {} at version {}", id, film.version());
    }

    /** Returns the largest film year the API accepts: the clock's current year plus {@value #YEARS_AHEAD}. */
    int latestYear() {
        return Year.now(clock).getValue() + YEARS_AHEAD;
    }

    private Film store(Film film, FilmDetails details, @Nullable String ifMatch) {
        long readVersion = film.version();
        film.replaceDetails(details, now());
        try {
            Film saved = mongo.save(film);
            log.info("Updated film {} from version {} to {}", saved.id(), readVersion, saved.version());
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            log.info("Rejected an update of film {}: version {} was changed by another request", film.id(),
                    readVersion);
            throw changedMeanwhile(film.id(), ifMatch != null && !ifMatch.isBlank());
        }
        catch (DuplicateKeyException ex) {
            throw duplicate(details);
        }
    }

    private FilmDetails validate(FilmDraft draft) {
        FilmDraft.Validation validation = draft.validate(latestYear());
        if (validation.details() == null) {
            throw Problems.invalidRequestException(validation.problems());
        }
        return validation.details();
    }

    private Instant now() {
        // MongoDB stores milliseconds, so a finer instant would read back different from what was returned.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ErrorResponseException duplicate(FilmDetails details) {
        String released = details.releaseDate() == null ? "without a release date"
                : "released on " + details.releaseDate();
        return Problems.status(HttpStatus.CONFLICT, "A film named '" + details.filmName() + "' " + released
                + " exists already.");
    }

    private static ErrorResponseException changedMeanwhile(String id, boolean conditional) {
        if (conditional) {
            return Problems.status(HttpStatus.PRECONDITION_FAILED, "Film " + id + " was changed by another "
                    + "request after the If-Match version was read. Read the film again and retry.");
        }
        return Problems.status(HttpStatus.CONFLICT, "Film " + id + " was changed by another request at the same "
                + "time. Read it again and retry.");
    }
}
