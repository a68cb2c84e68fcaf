package dev.minisuite.auth.user;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UserRepository extends MongoRepository<User, String> {

    /** Finds an account by its normalized (trimmed, lower-case) e-mail address. */
    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);
}
