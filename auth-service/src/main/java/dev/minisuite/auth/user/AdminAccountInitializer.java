package dev.minisuite.auth.user;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Ensures at start-up that the configured administrator exists with role {@code ADMIN}: it registers the account,
 * or grants the role to an existing one and leaves its password alone. Running it again changes nothing.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final AdminProperties admin;
    private final UserRepository users;
    private final UserService userService;

    AdminAccountInitializer(AdminProperties admin, UserRepository users, UserService userService) {
        this.admin = admin;
        this.users = users;
        this.userService = userService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.configured()) {
            log.info("No administrator configured; set ADMIN_EMAIL and ADMIN_PASSWORD to create one");
            return;
        }
        validate();
        User account = users.findByEmail(admin.email()).orElseGet(this::registerAdmin);
        if (account.grant(Role.ADMIN)) {
            users.save(account);
            log.info("Granted role ADMIN to user {}", account.id());
        }
        else {
            log.info("Administrator user {} has role ADMIN", account.id());
        }
    }

    private User registerAdmin() {
        try {
            return userService.register(admin.username(), admin.email(), admin.password());
        }
        catch (AccountConflictException conflict) {
            if (conflict.field() == AccountConflictException.Field.USERNAME) {
                throw new IllegalStateException("The administrator username '" + admin.username()
                        + "' belongs to another account; set minisuite.auth.admin.username to a free one");
            }
            // Another replica registered the same address a moment ago.
            return users.findByEmail(admin.email()).orElseThrow(() -> conflict);
        }
    }

    private void validate() {
        if (admin.email().isEmpty() || admin.password().isEmpty()) {
            throw new IllegalStateException("Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither");
        }
        if (!admin.email().matches(EmailAddresses.PATTERN)) {
            throw new IllegalStateException("ADMIN_EMAIL must be a valid e-mail address");
        }
        int bytes = admin.password().getBytes(StandardCharsets.UTF_8).length;
        if (bytes < RegistrationRequest.PASSWORD_MIN_BYTES || bytes > RegistrationRequest.PASSWORD_MAX_BYTES) {
            throw new IllegalStateException("ADMIN_PASSWORD must be between " + RegistrationRequest.PASSWORD_MIN_BYTES
                    + " and " + RegistrationRequest.PASSWORD_MAX_BYTES + " bytes in UTF-8, but has " + bytes);
        }
    }
}
