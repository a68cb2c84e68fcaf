package dev.minisuite.post.posts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A post. Its author ({@code user}, {@code owner_id}) and its dates come from the server, never from the client.
 *
 * <p>Two changes from the course's original MiniPost are deliberate: a post has a list of hashtags instead of
 * one {@code hashtag} string, and the author is taken from the access token instead of a client-sent
 * {@code user}. Hashtags keep the case the client sent; {@code hashtags_lower} contains the lower-cased copy that
 * queries match on. The version counter backs the ETag and the optimistic lock.
 */
@Document("posts")
class Post {

    static final String OWNER_ID = "owner_id";
    static final String USER = "user";
    static final String HASHTAGS_LOWER = "hashtags_lower";
    static final String FILM_ID = "film_id";
    static final String DATE = "date";

    @Id
    private @Nullable String id;

    private String title;

    private String text;

    private List<String> hashtags;

    @Field(HASHTAGS_LOWER)
    private List<String> hashtagsLower;

    private @Nullable String location;

    private @Nullable String url;

    @Field(FILM_ID)
    private @Nullable String filmId;

    @Field(USER)
    private final String user;

    @Field(OWNER_ID)
    private final String ownerId;

    @Field(DATE)
    private final Instant date;

    @Field("updated_at")
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    Post(@Nullable String id, String title, String text, @Nullable List<String> hashtags,
            @Nullable List<String> hashtagsLower, @Nullable String location, @Nullable String url,
            @Nullable String filmId, String user, String ownerId, Instant date, Instant updatedAt,
            @Nullable Long version) {
        this.id = id;
        this.title = title;
        this.text = text;
        this.hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        this.hashtagsLower = hashtagsLower == null ? Hashtags.matchKeys(this.hashtags) : List.copyOf(hashtagsLower);
        this.location = location;
        this.url = url;
        this.filmId = filmId;
        this.user = user;
        this.ownerId = ownerId;
        this.date = date;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Creates an unsaved post by the caller. */
    static Post write(PostContent content, Caller author, Instant now) {
        Post post = new Post(null, content.title(), content.text(), List.of(), List.of(), null, null, null,
                author.username(), author.subject(), now, now, null);
        post.apply(content);
        return post;
    }

    /** Replaces the author-written fields and records when that happened. */
    void revise(PostContent content, Instant now) {
        apply(content);
        this.updatedAt = now;
    }

    /** Tells whether the caller may change or delete this post: its owner or an ADMIN. */
    boolean isEditableBy(Caller caller) {
        return caller.admin() || caller.subject().equals(ownerId);
    }

    private void apply(PostContent content) {
        this.title = content.title();
        this.text = content.text();
        this.hashtags = List.copyOf(content.hashtags());
        this.hashtagsLower = Hashtags.matchKeys(this.hashtags);
        this.location = content.location();
        this.url = content.url();
        this.filmId = content.filmId();
    }

    PostContent content() {
        return new PostContent(title, text, hashtags, location, url, filmId);
    }

    String id() {
        if (id == null) {
            throw new IllegalStateException("The post has not been saved yet");
        }
        return id;
    }

    long version() {
        if (version == null) {
            throw new IllegalStateException("The post has not been saved yet");
        }
        return version;
    }

    String user() {
        return user;
    }

    String ownerId() {
        return ownerId;
    }

    Instant date() {
        return date;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<String> hashtagsLower() {
        return hashtagsLower;
    }
}
