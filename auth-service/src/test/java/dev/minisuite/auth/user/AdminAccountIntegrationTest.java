package dev.minisuite.auth.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.minisuite.testsupport.MongoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
    "minisuite.auth.bcrypt-cost=10",
    "minisuite.auth.admin.email=Root@Example.com",
    "minisuite.auth.admin.password=admin-password"
})
@MongoIntegrationTest
class AdminAccountIntegrationTest {

    @Autowired
    UserRepository users;

    @Autowired
    AdminAccountInitializer initializer;

    @Autowired
    UserService userService;

    /** Restores the account that start-up creates, since one test replaces it. */
    @BeforeEach
    void restoreAdministrator() throws Exception {
        users.findByEmail("root@example.com").ifPresent(users::delete);
        initializer.run(null);
    }

    @Test
    void startupCreatesAdministrator() {
        User admin = users.findByEmail("root@example.com").orElseThrow();

        assertThat(admin.roles()).contains(Role.ADMIN);
    }

    @Test
    void administratorCanLogIn() {
        assertThat(userService.login("root@example.com", "admin-password").value()).isNotBlank();
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        User before = users.findByEmail("root@example.com").orElseThrow();

        initializer.run(null);

        User after = users.findByEmail("root@example.com").orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.roles()).isEqualTo(before.roles());
        assertThat(after.passwordHash()).isEqualTo(before.passwordHash());
        assertThat(users.findAll()).filteredOn(user -> user.email().equals("root@example.com")).hasSize(1);
    }

    @Test
    void takenAdministratorUsernameStopsStartup() {
        users.findByEmail("root@example.com").ifPresent(users::delete);
        User impostor = userService.register("ADMIN", "impostor@example.com", "impostor-password");
        try {
            assertThatIllegalStateException().isThrownBy(() -> initializer.run(null))
                    .withMessageContaining("minisuite.auth.admin.username");
        }
        finally {
            users.delete(impostor);
        }
    }

    @Test
    void existingAccountIsGrantedAdmin() throws Exception {
        users.findByEmail("root@example.com").ifPresent(users::delete);
        User plain = userService.register("someone", "root@example.com", "their-own-password");
        assertThat(plain.roles()).doesNotContain(Role.ADMIN);

        initializer.run(null);

        User granted = users.findByEmail("root@example.com").orElseThrow();
        assertThat(granted.id()).isEqualTo(plain.id());
        assertThat(granted.roles()).contains(Role.ADMIN, Role.USER);
        assertThat(userService.login("root@example.com", "their-own-password").value()).isNotBlank();
    }
}
