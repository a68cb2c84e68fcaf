package dev.minisuite.auth.user;

import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A registered account. The e-mail address is stored trimmed and lower-cased and is unique, and so is the
 * username regardless of case. The password is kept only as its bcrypt hash.
 */
@Document("users")
class User {

    @Id
    private @Nullable String id;

    private final String username;

    /** The username folded for comparison, which a unique index keeps unique. */
    @Field("username_key")
    private final String usernameKey;

    private final String email;

    @Field("password_hash")
    private final String passwordHash;

    private final Set<Role> roles;

    @Field("created_at")
    private final Instant createdAt;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    User(@Nullable String id, String username, String email, String passwordHash, Set<Role> roles,
            Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.username = username;
        this.usernameKey = usernameKey(username);
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * Folds a username for comparison: Unicode compatibility forms become one (NFKC) and case is ignored, so
     * "Admin" and "ａｄｍｉｎ" cannot both be registered next to "admin".
     */
    static String usernameKey(String username) {
        return Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Creates a new account with role {@code USER}. */
    static User register(String username, String email, String passwordHash, Instant now) {
        return new User(null, username, email, passwordHash, EnumSet.of(Role.USER), now, null);
    }

    /** Adds a role; returns {@code false} when the account already had it. */
    boolean grant(Role role) {
        return roles.add(role);
    }

    String id() {
        if (id == null) {
            throw new IllegalStateException("The user has not been saved yet");
        }
        return id;
    }

    String username() {
        return username;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    Instant createdAt() {
        return createdAt;
    }
}
