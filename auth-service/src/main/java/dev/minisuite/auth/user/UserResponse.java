package dev.minisuite.auth.user;

import java.time.Instant;
import java.util.List;

/** An account as clients see it: never with its password hash. */
record UserResponse(String id, String username, String email, List<Role> roles, Instant createdAt) {

    static UserResponse of(User user) {
        return new UserResponse(user.id(), user.username(), user.email(),
                user.roles().stream().sorted().toList(), user.createdAt());
    }
}
