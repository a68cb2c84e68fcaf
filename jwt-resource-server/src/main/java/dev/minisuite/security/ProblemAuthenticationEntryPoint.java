package dev.minisuite.security;

import java.io.IOException;

import dev.minisuite.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Responds to a request without a valid access token with 401, the {@code WWW-Authenticate} challenge of RFC 6750
 * (with {@code error="invalid_token"} when a token was sent) and a problem detail. When the token could not be checked at all, because auth-service's keys could not be
 * fetched, it responds with 503 and {@code Retry-After}.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final ProblemWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof AuthenticationServiceException) {
            log.error("Could not check the access token for {} {}", request.getMethod(), request.getRequestURI(),
                    exception);
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            writer.write(response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The access token could not be checked because the token keys are unavailable. Retry later.");
            return;
        }
        boolean tokenSent = tokenSent(request);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent
                ? "Bearer realm=\"minisuite\", error=\"invalid_token\", error_description=\"The access token is invalid\""
                : "Bearer realm=\"minisuite\"");
        log.info("Rejected {} {}: 401 {}", request.getMethod(), request.getRequestURI(), exception.getMessage());
        writer.write(response, HttpStatus.UNAUTHORIZED, tokenSent
                ? "The access token is malformed, expired or not valid for this service. Log in again."
                : "An access token is required. Send it as 'Authorization: Bearer <token>' or in the auth-token header.");
    }

    private static boolean tokenSent(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(AccessTokenResolver.AUTH_TOKEN_HEADER) != null;
    }
}
