package dev.minisuite.post.films;

/**
 * Thrown when minifilm-service could not say whether a film exists: it refused the connection, timed out,
 * failed with a 5xx status or rejected the forwarded access token. The message never contains the token.
 */
public final class FilmCatalogUnavailableException extends RuntimeException {

    FilmCatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    FilmCatalogUnavailableException(String message) {
        super(message);
    }
}
