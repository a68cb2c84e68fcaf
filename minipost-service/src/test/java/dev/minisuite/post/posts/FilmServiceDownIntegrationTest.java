package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minisuite.post.FilmStub;
import dev.minisuite.post.PostsApi;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import dev.minisuite.testsupport.MongoIntegrationTest;
import dev.minisuite.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ContextConfiguration;

/**
 * Posts about films while nothing listens at minifilm-service's address. This class needs a context of its own,
 * set up like {@code @PostIntegrationTest} apart from the film service's URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MongoIntegrationTest
@TestTokenIssuer
@ContextConfiguration(initializers = FilmServiceDownIntegrationTest.RefusingFilmService.class)
class FilmServiceDownIntegrationTest {

    /** Points the film checks at a loopback port that was bound and closed again, so connections are refused. */
    static final class RefusingFilmService implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("minisuite.films.base-url=" + FilmStub.refusingBaseUrl()).applyTo(context);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PostsApi alice;

    @BeforeEach
    void setUp() {
        mongo.remove(new Query(), Post.class);
        alice = PostsApi.user(port, "alice");
    }

    @Test
    void refusedConnectionIsUnavailable() {
        HttpApi.Response response = alice.create(Json.object("title", "t", "text", "t", "film_id", FilmStub.KNOWN));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).contains("5");
        assertThat(mongo.count(new Query(), Post.class)).isZero();
    }

    @Test
    void postWithoutFilmIgnoresOutage() {
        assertThat(alice.create(Json.object("title", "t", "text", "t")).status()).isEqualTo(201);
    }
}
