package dev.minisuite.post.films;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the minifilm-service client: its address and its timeout.
 *
 * @param baseUrl the service's root URL, for example {@code http://minifilm-service:8082}
 * @param timeout the connect timeout, and separately the time allowed for the response headers to arrive;
 *     2 seconds by default
 */
@ConfigurationProperties("minisuite.films")
record FilmCatalogProperties(URI baseUrl, Duration timeout) {

    FilmCatalogProperties(@Nullable URI baseUrl, @Nullable Duration timeout) {
        this.baseUrl = baseUrl == null ? URI.create("http://localhost:8082") : baseUrl;
        this.timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        String scheme = this.baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException(
                    "minisuite.films.base-url must be an http or https URL, but was '" + this.baseUrl + "'");
        }
        if (this.timeout.isNegative() || this.timeout.isZero()) {
            throw new IllegalArgumentException(
                    "minisuite.films.timeout must be positive, but was " + this.timeout);
        }
    }
}
