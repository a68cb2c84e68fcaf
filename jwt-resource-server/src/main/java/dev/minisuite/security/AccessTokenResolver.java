package dev.minisuite.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Reads the access token from {@code Authorization: Bearer ...} or, when that header is absent, from the
 * {@code auth-token} header that the course's clients send. The {@code auth-token} value may carry the
 * {@code Bearer } prefix or not.
 */
public final class AccessTokenResolver implements BearerTokenResolver {

    /** The header that auth-service also fills on login. */
    public static final String AUTH_TOKEN_HEADER = "auth-token";

    private static final String BEARER_PREFIX = "bearer ";

    private final DefaultBearerTokenResolver authorizationHeader = new DefaultBearerTokenResolver();

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        String token = authorizationHeader.resolve(request);
        if (token != null) {
            return token;
        }
        String header = request.getHeader(AUTH_TOKEN_HEADER);
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            value = value.substring(BEARER_PREFIX.length()).strip();
        }
        return value.isEmpty() ? null : value;
    }
}
