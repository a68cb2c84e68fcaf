package dev.minisuite.post.posts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.mongodb.client.result.DeleteResult;
import dev.minisuite.post.films.FilmCatalog;
import dev.minisuite.post.films.FilmCatalogUnavailableException;
import dev.minisuite.web.EntityTags;
import dev.minisuite.web.Problems;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Creates, finds, changes and deletes posts. Only a post's owner or an ADMIN may change or delete it, and a post
 * may name a film only when minifilm-service confirms that the film exists.
 */
@Service
class PostService {

    private static final Logger log = LoggerFactory.getLogger(PostService.class);

    /** How often a change without {@code If-Match} is tried when concurrent changes keep winning the race. */
    static final int MAX_UPDATE_ATTEMPTS = 3;

    /** Seconds a client should wait before retrying after minifilm-service was unavailable. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final PostRepository posts;
    private final MongoTemplate mongo;
    private final FilmCatalog films;
    private final Clock clock;

    PostService(PostRepository posts, MongoTemplate mongo, FilmCatalog films, Clock clock) {
        this.posts = posts;
        this.mongo = mongo;
        this.films = films;
        this.clock = clock;
    }

    /** Saves a new post by the caller, after checking that its film exists. */
    Post create(PostContent content, Caller caller) {
        if (caller.username() == null) {
            throw Problems.status(HttpStatus.FORBIDDEN, "The access token has no username claim, so the post "
                    + "cannot name its author. Log in again to get a new token.");
        }
        if (content.filmId() != null) {
            requireFilm(content.filmId(), caller);
        }
        Post saved = posts.insert(Post.write(content, caller, now()));
        log.info("User {} created post {}", caller.subject(), saved.id());
        return saved;
    }

    /**
     * Finds a post, or throws 404; an id that is not an ObjectId is simply not found. Ids are compared in their
     * canonical lower-case form, so an id in upper case finds the same post, as it does in minifilm-service.
     */
    Post find(String id) {
        if (!ObjectId.isValid(id)) {
            throw notFound(id);
        }
        String canonicalId = id.toLowerCase(Locale.ROOT);
        return posts.findById(canonicalId).orElseThrow(() -> notFound(id));
    }

    Page<Post> list(PostFilter filter, Pageable pageable) {
        Query query = filter.toQuery();
        List<Post> content = mongo.find(Query.of(query).with(pageable), Post.class);
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, Post.class));
    }

    /**
     * Applies a merge patch for the owner or an ADMIN. With {@code If-Match}, a post changed since the client read
     * it is left alone and the request fails with 412, also when another change wins the race at the last moment.
     * Without it, the patch is applied to the newest version, retrying up to {@value #MAX_UPDATE_ATTEMPTS} times.
     */
    Post update(String id, PostPatch patch, @Nullable String ifMatch, Caller caller) {
        for (int attempt = 1; ; attempt++) {
            Post post = find(id);
            requireEditable(post, caller, "change");
            EntityTags.checkIfMatch(ifMatch, post.version());
            PostContent current = post.content();
            PostContent next = patch.applyTo(current);
            if (next.filmId() != null && !next.filmId().equals(current.filmId())) {
                requireFilm(next.filmId(), caller);
            }
            post.revise(next, now());
            try {
                Post saved = posts.save(post);
                log.info("User {} changed post {} to version {}", caller.subject(), id, saved.version());
                return saved;
            }
            catch (OptimisticLockingFailureException ex) {
                if (isSet(ifMatch)) {
                    log.info("Rejected a change of post {} by user {}: another request changed it first", id,
                            caller.subject());
                    throw changedMeanwhile(id);
                }
                if (attempt == MAX_UPDATE_ATTEMPTS) {
                    throw ex;
                }
                log.info("Post {} changed during an update by user {}; retrying (attempt {} of {})", id,
                        caller.subject(), attempt + 1, MAX_UPDATE_ATTEMPTS);
            }
        }
    }

    /**
     * Deletes a post for the owner or an ADMIN. With an {@code If-Match} tag, only the version it names is
     * deleted, so a change made after the check still makes the request fail with 412.
     */
    void delete(String id, @Nullable String ifMatch, Caller caller) {
        Post post = find(id);
        requireEditable(post, caller, "delete");
        EntityTags.checkIfMatch(ifMatch, post.version());
        Criteria criteria = Criteria.where("id").is(post.id());
        boolean versioned = isSet(ifMatch) && !ifMatch.strip().equals("*");
        if (versioned) {
            criteria.and("version").is(post.version());
        }
        DeleteResult result = mongo.remove(Query.query(criteria), Post.class);
        if (result.getDeletedCount() == 0) {
            if (versioned && posts.existsById(post.id())) {
                throw changedMeanwhile(id);
            }
            throw notFound(id);
        }
        log.info("User {} deleted post {} of user {}", caller.subject(), id, post.ownerId());
    }

    private void requireEditable(Post post, Caller caller, String action) {
        if (!post.isEditableBy(caller)) {
            log.info("Rejected a request by user {} to {} post {} of user {}", caller.subject(), action, post.id(),
                    post.ownerId());
            throw Problems.status(HttpStatus.FORBIDDEN,
                    "Only the post's owner or an ADMIN may " + action + " it.");
        }
    }

    private void requireFilm(String filmId, Caller caller) {
        boolean exists;
        try {
            exists = films.exists(filmId, caller.accessToken());
        }
        catch (FilmCatalogUnavailableException ex) {
            ErrorResponseException problem = Problems.status(HttpStatus.SERVICE_UNAVAILABLE,
                    "Could not check whether film '" + filmId + "' exists because minifilm-service is "
                            + "unavailable. Nothing was saved; retry later.");
            problem.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            throw problem;
        }
        if (!exists) {
            throw Problems.status(HttpStatus.UNPROCESSABLE_CONTENT,
                    "No film has the id '" + filmId + "'. Set film_id to the id of an existing film.");
        }
    }

    /**
     * Returns the current time truncated to milliseconds, the precision that MongoDB stores, so that responses
     * match later reads.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean isSet(@Nullable String ifMatch) {
        return ifMatch != null && !ifMatch.isBlank();
    }

    private static ErrorResponseException notFound(String id) {
        return Problems.status(HttpStatus.NOT_FOUND, "No post has the id '" + id + "'.");
    }

    private static ErrorResponseException changedMeanwhile(String id) {
        return Problems.status(HttpStatus.PRECONDITION_FAILED, "Post '" + id + "' was changed by another request "
                + "after the If-Match check. Read it again and retry.");
    }
}
