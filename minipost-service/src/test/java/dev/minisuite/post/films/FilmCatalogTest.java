package dev.minisuite.post.films;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import dev.minisuite.post.FilmStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls {@link FilmStub} over real HTTP, with a short timeout so that the slow case stays fast.
 */
class FilmCatalogTest {

    static final Duration TIMEOUT = Duration.ofMillis(300);

    FilmCatalog catalog;

    @BeforeEach
    void setUp() {
        FilmStub.shared().reset();
        catalog = new FilmCatalog(new FilmCatalogProperties(URI.create(FilmStub.shared().baseUrl()), TIMEOUT));
    }

    @Test
    void existingFilmExists() {
        assertThat(catalog.exists(FilmStub.KNOWN, "token-1")).isTrue();
    }

    @Test
    void missingFilmDoesNotExist() {
        assertThat(catalog.exists(FilmStub.MISSING, "token-1")).isFalse();
    }

    @Test
    void tokenIsSentAsBearer() {
        catalog.exists(FilmStub.KNOWN, "token-1");

        assertThat(FilmStub.shared().authorizationsFor(FilmStub.KNOWN)).containsExactly("Bearer token-1");
    }

    @Test
    void serverErrorIsUnavailable() {
        assertThatExceptionOfType(FilmCatalogUnavailableException.class)
                .isThrownBy(() -> catalog.exists(FilmStub.BROKEN, "token-1"))
                .withMessageContaining("500");
    }

    @Test
    void rejectedTokenIsUnavailable() {
        assertThatExceptionOfType(FilmCatalogUnavailableException.class)
                .isThrownBy(() -> catalog.exists(FilmStub.REJECTS_TOKEN, "token-1"))
                .withMessageContaining("401");
    }

    @Test
    void slowAnswerTimesOut() {
        Instant start = Instant.now();

        assertThatExceptionOfType(FilmCatalogUnavailableException.class)
                .isThrownBy(() -> catalog.exists(FilmStub.SLOW, "token-1"));

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void refusedConnectionIsUnavailable() {
        FilmCatalog down = new FilmCatalog(new FilmCatalogProperties(URI.create(FilmStub.refusingBaseUrl()), TIMEOUT));

        assertThatExceptionOfType(FilmCatalogUnavailableException.class)
                .isThrownBy(() -> down.exists(FilmStub.KNOWN, "token-1"));
    }

    @Test
    void messageNeverContainsToken() {
        assertThatExceptionOfType(FilmCatalogUnavailableException.class)
                .isThrownBy(() -> catalog.exists(FilmStub.BROKEN, "secret-token"))
                .withMessageNotContaining("secret-token");
    }

    @Test
    void baseUrlMustBeHttp() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new FilmCatalogProperties(URI.create("ftp://films"), TIMEOUT))
                .withMessageContaining("minisuite.films.base-url");
    }
}
