package dev.minisuite.auth.user;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import dev.minisuite.auth.token.TokenIssuer;
import dev.minisuite.auth.token.TokenIssuer.IssuedToken;
import dev.minisuite.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Registers accounts and checks passwords.
 */
@Service
class UserService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TokenIssuer tokenIssuer;
    private final Clock clock;

    /**
     * The hash compared against when no account has the e-mail, so that an unknown e-mail costs the same bcrypt
     * work as a wrong password and response times do not reveal which addresses are registered.
     */
    private final String unknownUserHash;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, TokenIssuer tokenIssuer, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokenIssuer = tokenIssuer;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    /** Creates an account, or throws 409 when the e-mail or the username is registered already. */
    User register(String username, String email, String password) {
        // MongoDB stores milliseconds, so the response shows the same instant that a later read returns.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        User user = User.register(username, email, passwordEncoder.encode(password), now);
        try {
            User saved = users.insert(user);
            log.info("Registered user {}", saved.id());
            return saved;
        }
        catch (DuplicateKeyException ex) {
            // Both unique indexes raise the same exception; the stored accounts tell which one fired.
            throw new AccountConflictException(users.existsByEmail(email)
                    ? AccountConflictException.Field.EMAIL : AccountConflictException.Field.USERNAME);
        }
    }

    /** Checks the password and issues a token, or throws 401 with one message for every kind of failure. */
    IssuedToken login(String email, String password) {
        Optional<User> user = users.findByEmail(email);
        String hash = user.map(User::passwordHash).orElse(unknownUserHash);
        // bcrypt would ignore bytes past the 72nd and turn unpaired surrogates into '?', so such a password could
        // match a different stored one. It is checked anyway, to spend the same time, and then refused.
        boolean matches = passwordEncoder.matches(password, hash) && Utf8Length.Validator.isAcceptablePassword(password);
        if (user.isEmpty() || !matches) {
            log.info("Rejected a login: {}", user.isEmpty() ? "unknown e-mail" : "wrong password for user " + user.get().id());
            throw Problems.status(HttpStatus.UNAUTHORIZED, "The e-mail or password is incorrect.");
        }
        User account = user.get();
        IssuedToken token = tokenIssuer.issue(account.id(), account.username(),
                account.roles().stream().map(Role::name).sorted().toList());
        log.info("User {} logged in", account.id());
        return token;
    }

    /** Finds an account by id, or throws 404. */
    User find(String id) {
        return users.findById(id)
                .orElseThrow(() -> Problems.status(HttpStatus.NOT_FOUND, "No user has the id '" + id + "'."));
    }

}
