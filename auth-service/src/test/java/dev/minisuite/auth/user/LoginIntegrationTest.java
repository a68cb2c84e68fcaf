package dev.minisuite.auth.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import dev.minisuite.auth.AuthIntegrationTest;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AuthIntegrationTest
class LoginIntegrationTest {

    @LocalServerPort
    int port;

    HttpApi api;
    String email;
    String username;
    String userId;
    String registeredAt;

    @BeforeEach
    void registerUser() {
        api = HttpApi.onLocalPort(port);
        email = "login-" + UUID.randomUUID() + "@example.com";
        username = "login-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Response registered = api.post("/api/user/register",
                Json.object("username", username, "email", email, "password", "correct horse"));
        userId = registered.json().get("id").asString();
        registeredAt = registered.json().get("created_at").asString();
    }

    HttpApi.Response login(String loginEmail, String password) {
        return api.post("/api/user/login", Json.object("email", loginEmail, "password", password));
    }

    @Test
    void loginReturnsBearerToken() {
        HttpApi.Response response = login(email, "correct horse");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("access_token").asString()).isNotBlank();
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
    }

    @Test
    void loginSendsTokenInAuthTokenHeader() {
        HttpApi.Response response = login(email, "correct horse");

        assertThat(response.header("auth-token")).contains(response.json().get("access_token").asString());
    }

    @Test
    void loginAcceptsEmailInOtherCase() {
        assertThat(login("  " + email.toUpperCase(), "correct horse").status()).isEqualTo(200);
    }

    @Test
    void tokenCarriesRequiredClaims() {
        String token = login(email, "correct horse").json().get("access_token").asString();

        JsonNode header = decodePart(token, 0);
        JsonNode claims = decodePart(token, 1);
        assertThat(header.get("alg").asString()).isEqualTo("RS256");
        assertThat(header.get("kid").asString()).isNotBlank();
        assertThat(claims.get("iss").asString()).isEqualTo("minisuite-auth");
        assertThat(claims.get("sub").asString()).isEqualTo(userId);
        assertThat(claims.get("aud").toString()).contains("minisuite");
        assertThat(claims.get("jti").asString()).isNotBlank();
        assertThat(claims.get("username").asString()).isEqualTo(username);
        assertThat(claims.get("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
    }

    @Test
    void passwordPastByte72DoesNotMatch() {
        String stored = "a".repeat(72);
        String otherEmail = "long-" + UUID.randomUUID() + "@example.com";
        api.post("/api/user/register", Json.object("username", "long-" + UUID.randomUUID().toString().substring(0, 8),
                "email", otherEmail, "password", stored));

        assertThat(login(otherEmail, stored).status()).isEqualTo(200);
        assertThat(login(otherEmail, stored + "a").status()).isEqualTo(401);
    }

    @Test
    void unpairedSurrogateDoesNotMatchQuestionMark() {
        String otherEmail = "surrogate-" + UUID.randomUUID() + "@example.com";
        api.post("/api/user/register", Json.object("username", "sur-" + UUID.randomUUID().toString().substring(0, 8),
                "email", otherEmail, "password", "password?abc"));

        // The escape stays in the JSON text, because a Java string with a lone surrogate would be sent as '?'.
        HttpApi.Response response = api.post("/api/user/login",
                "{\"email\": \"" + otherEmail + "\", \"password\": \"password\\ud800abc\"}");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void unknownEmailAndWrongPasswordShareOneResponse() {
        HttpApi.Response unknown = login("nobody-" + UUID.randomUUID() + "@example.com", "correct horse");
        HttpApi.Response wrong = login(email, "wrong horse!");

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void meReturnsCallerProfile() {
        String token = login(email, "correct horse").json().get("access_token").asString();

        HttpApi.Response me = api.get("/api/user/me", HttpApi.bearer(token));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(userId);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.body()).doesNotContain("password");
    }

    @Test
    void meShowsCreationTimeOfRegistration() {
        String token = login(email, "correct horse").json().get("access_token").asString();

        assertThat(api.get("/api/user/me", HttpApi.bearer(token)).json().get("created_at").asString())
                .isEqualTo(registeredAt);
    }

    @Test
    void meAcceptsAuthTokenHeader() {
        String token = login(email, "correct horse").json().get("access_token").asString();

        assertThat(api.get("/api/user/me", "auth-token", token).status()).isEqualTo(200);
    }

    @Test
    void userByIdIsReadableByOwner() {
        String token = login(email, "correct horse").json().get("access_token").asString();

        assertThat(api.get("/api/user/" + userId, HttpApi.bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void userByIdIsForbiddenToOthers() {
        String token = login(email, "correct horse").json().get("access_token").asString();

        assertThat(api.get("/api/user/000000000000000000000000", HttpApi.bearer(token)).status()).isEqualTo(403);
    }

    @Test
    void jwksPublishesSigningKey() {
        String token = login(email, "correct horse").json().get("access_token").asString();
        String kid = decodePart(token, 0).get("kid").asString();

        HttpApi.Response jwks = api.get("/.well-known/jwks.json");

        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = jwks.json().get("keys").get(0);
        assertThat(key.get("kid").asString()).isEqualTo(kid);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).isFalse();
    }

    static JsonNode decodePart(String token, int index) {
        byte[] json = Base64.getUrlDecoder().decode(token.split("\\.")[index]);
        return JsonMapper.builder().build().readTree(new String(json, StandardCharsets.UTF_8));
    }
}
