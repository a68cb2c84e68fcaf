package dev.minisuite.web;

import java.io.IOException;

/**
 * Thrown while reading a request body that turns out larger than its limit, for bodies sent without a
 * {@code Content-Length}.
 */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
