package dev.minisuite.post.films;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Asks minifilm-service whether a film exists, with {@code GET /api/films/{id}} and the caller's access token.
 *
 * <p>A 401 or 403 from minifilm-service counts as unavailable rather than as the caller's fault, because this
 * service has already accepted the same token. A rejection there means that the two services disagree on keys,
 * issuer or audience, which the caller cannot fix by logging in again.
 */
@Component
public class FilmCatalog {

    private static final Logger log = LoggerFactory.getLogger(FilmCatalog.class);

    private final RestClient client;
    private final URI baseUrl;
    private final Duration timeout;

    FilmCatalog(FilmCatalogProperties properties) {
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.timeout());
        this.baseUrl = properties.baseUrl();
        this.timeout = properties.timeout();
        this.client = RestClient.builder().requestFactory(requestFactory).build();
        log.info("Film checks go to {} with a timeout of {} ms", baseUrl, timeout.toMillis());
    }

    /**
     * Returns whether minifilm-service has a film with this id.
     *
     * @param filmId a 24-digit hexadecimal id
     * @param accessToken the caller's access token, forwarded as {@code Authorization: Bearer}
     * @throws FilmCatalogUnavailableException when minifilm-service returns no usable response
     */
    public boolean exists(String filmId, String accessToken) {
        URI url = UriComponentsBuilder.fromUri(baseUrl).path("/api/films/{id}").buildAndExpand(filmId).toUri();
        HttpStatusCode status;
        try {
            status = client.get()
                    .uri(url)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchangeForRequiredValue((request, response) -> response.getStatusCode());
        }
        catch (RestClientException ex) {
            log.error("Film check GET {} for film {} failed: {}", url, filmId, describe(ex));
            throw new FilmCatalogUnavailableException("GET " + url + " failed", ex);
        }
        if (status.value() == 200) {
            return true;
        }
        if (status.value() == 404) {
            log.info("Film check GET {} found no film {}", url, filmId);
            return false;
        }
        log.error("Film check GET {} for film {} failed: minifilm-service returned status {}{}", url, filmId,
                status.value(), status.value() == 401 || status.value() == 403
                        ? " and rejected the forwarded access token, so check that both services trust the same"
                                + " issuer, audience and keys"
                        : "");
        throw new FilmCatalogUnavailableException("GET " + url + " returned status " + status.value());
    }

    /** Names the cause of a failed call, such as a refused connection or a timeout, without a stack trace. */
    private String describe(Throwable ex) {
        List<String> chain = new ArrayList<>();
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return "no response within " + timeout.toMillis() + " ms (" + cause.getClass().getSimpleName() + ")";
            }
            if (cause instanceof ConnectException) {
                return "could not connect (" + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
            }
            chain.add(cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        return String.join(", caused by ", chain);
    }
}
