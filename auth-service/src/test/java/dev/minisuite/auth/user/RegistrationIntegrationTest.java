package dev.minisuite.auth.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.minisuite.auth.AuthIntegrationTest;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@AuthIntegrationTest
class RegistrationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = HttpApi.onLocalPort(port);
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    HttpApi.Response register(String username, String email, String password) {
        return api.post("/api/user/register", Json.object("username", username, "email", email, "password", password));
    }

    @Test
    void registerReturnsCreatedAccount() {
        String email = uniqueEmail();

        HttpApi.Response response = register("alice", email, "correct horse");

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("username").asString()).isEqualTo("alice");
        assertThat(body.get("email").asString()).isEqualTo(email);
        assertThat(body.get("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(body.get("created_at").asString()).endsWith("Z");
        assertThat(response.header("Location")).contains("/api/user/" + body.get("id").asString());
    }

    @Test
    void registerNeverReturnsPasswordOrHash() {
        HttpApi.Response response = register("bob", uniqueEmail(), "correct horse");

        assertThat(response.body()).doesNotContain("password");
        assertThat(response.body()).doesNotContain("$2a$");
    }

    @Test
    void registerStoresBcryptHash() {
        String email = uniqueEmail();
        register("carol", email, "correct horse");

        String hash = users.findByEmail(email).orElseThrow().passwordHash();

        assertThat(hash).startsWith("$2a$10$");
        assertThat(hash).doesNotContain("correct horse");
    }

    @Test
    void registerTrimsAndLowerCasesEmail() {
        String email = uniqueEmail();

        HttpApi.Response response = register("  dave  ", "  " + email.toUpperCase() + " ", "correct horse");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("email").asString()).isEqualTo(email);
        assertThat(response.json().get("username").asString()).isEqualTo("dave");
    }

    @Test
    void registerRejectsSameEmailInOtherCase() {
        String email = uniqueEmail();
        register("erin", email, "correct horse");

        HttpApi.Response response = register("erin2", email.toUpperCase(), "correct horse");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void usernameInOtherCaseIsConflict() {
        String name = "Case" + UUID.randomUUID().toString().substring(0, 8);
        register(name, uniqueEmail(), "correct horse");

        HttpApi.Response response = register(name.toLowerCase(), uniqueEmail(), "correct horse");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("username");
    }

    @Test
    void fullWidthUsernameIsConflict() {
        String name = "wide" + UUID.randomUUID().toString().substring(0, 6);
        register(name, uniqueEmail(), "correct horse");
        StringBuilder fullWidth = new StringBuilder();
        name.chars().forEach(c -> fullWidth.append(c < 128 ? (char) (c + 0xFEE0) : (char) c));

        assertThat(register(fullWidth.toString(), uniqueEmail(), "correct horse").status()).isEqualTo(409);
    }

    @Test
    void zeroWidthCharacterInUsernameIsRejected() {
        HttpApi.Response response = register("admin\u200b", uniqueEmail(), "correct horse");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    }

    @Test
    void invisibleLettersInUsernameAreRejected() {
        for (String invisible : new String[] {"\u034f", "\u3164", "\u115f", "\ufe0f"}) {
            HttpApi.Response response = register("admin" + invisible, uniqueEmail(), "correct horse");

            assertThat(response.status()).as("username with U+%04X", (int) invisible.charAt(0)).isEqualTo(400);
        }
    }

    @Test
    void usernameInOtherScriptIsAccepted() {
        assertThat(register("Zoë Ørsted " + UUID.randomUUID().toString().substring(0, 4), uniqueEmail(),
                "correct horse").status()).isEqualTo(201);
    }

    @Test
    void fullWidthEmailIsConflict() {
        String local = "wide" + UUID.randomUUID().toString().substring(0, 8);
        register("w" + local, local + "@example.com", "correct horse");
        StringBuilder fullWidth = new StringBuilder();
        local.chars().forEach(c -> fullWidth.append(c < 128 ? (char) (c + 0xFEE0) : (char) c));

        HttpApi.Response response = register("v" + local, fullWidth + "@example.com", "correct horse");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("e-mail");
    }

    @Test
    void numericPasswordIsNotEchoed() {
        HttpApi.Response response = api.post("/api/user/register", "{\"username\": \"num"
                + UUID.randomUUID().toString().substring(0, 6) + "\", \"email\": \"" + uniqueEmail()
                + "\", \"password\": 123456789012}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("123456789012");
    }

    @Test
    void bidiOverrideInUsernameIsRejected() {
        assertThat(register("ab\u202ecd", uniqueEmail(), "correct horse").status()).isEqualTo(400);
    }

    @Test
    void numberAsUsernameIsRejected() {
        HttpApi.Response response = api.post("/api/user/register",
                "{\"username\": 12345, \"email\": \"" + uniqueEmail() + "\", \"password\": \"correct horse\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    }

    @Test
    void passwordWithUnpairedSurrogateIsRejected() {
        // The escape stays in the JSON text, because a Java string with a lone surrogate would be sent as '?'.
        HttpApi.Response response = api.post("/api/user/register", "{\"username\": \"lone"
                + UUID.randomUUID().toString().substring(0, 6) + "\", \"email\": \"" + uniqueEmail()
                + "\", \"password\": \"password\\ud800abc\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("Unicode");
    }

    @Test
    void concurrentDuplicateRegistrationCreatesOneAccount() throws Exception {
        String email = uniqueEmail();
        int attempts = 12;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String username = "racer" + i;
            calls.add(() -> register(username, email, "correct horse").status());
        }

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(attempts)) {
            for (Future<Integer> status : executor.invokeAll(calls)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(attempts - 1);
        assertThat(users.findAll()).filteredOn(user -> user.email().equals(email)).hasSize(1);
    }

    @Test
    void invalidRegistrationListsEveryField() {
        HttpApi.Response response = register("x", "not-an-email", "short");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("username", "email", "password");
    }

    @Test
    void missingFieldsAreListed() {
        HttpApi.Response response = api.post("/api/user/register", "{}");

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("username", "email", "password");
    }

    @Test
    void usernameIsMeasuredAfterTrimming() {
        HttpApi.Response response = register("  ab  ", uniqueEmail(), "correct horse");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    }

    @Test
    void emailLongerThan254IsRejected() {
        String email = "a".repeat(250) + "@example.com";

        HttpApi.Response response = register("frank", email, "correct horse");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void passwordOf72BytesIsAccepted() {
        String password = "é".repeat(36);

        assertThat(register("grace", uniqueEmail(), password).status()).isEqualTo(201);
    }

    @Test
    void passwordOver72BytesIsRejected() {
        String password = "é".repeat(36) + "x";

        HttpApi.Response response = register("heidi", uniqueEmail(), password);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("72 bytes");
    }

    @Test
    void clientSentRolesAreRejected() {
        HttpApi.Response response = api.post("/api/user/register", Json.object("username", "mallory",
                "email", uniqueEmail(), "password", "correct horse", "roles", List.of("ADMIN")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
    }

    @Test
    void clientSentIdIsRejected() {
        HttpApi.Response response = api.post("/api/user/register", Json.object("id", "000000000000000000000001",
                "username", "mallory", "email", uniqueEmail(), "password", "correct horse"));

        assertThat(response.status()).isEqualTo(400);
    }
}
