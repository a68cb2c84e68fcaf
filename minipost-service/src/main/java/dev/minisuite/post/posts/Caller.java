package dev.minisuite.post.posts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The user behind a request, from the verified access token.
 *
 * @param subject the token's {@code sub}: the user's id in auth-service
 * @param username the token's {@code username} claim, or {@code null} when the token has none
 * @param admin whether the token carries role {@code ADMIN}
 * @param accessToken the encoded token, forwarded to minifilm-service and never logged
 */
record Caller(String subject, @Nullable String username, boolean admin,
        String accessToken) {

    static Caller of(JwtAuthenticationToken authentication) {
        boolean admin = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_ADMIN"::equals);
        String username = authentication.getToken().getClaimAsString("username");
        return new Caller(authentication.getToken().getSubject(),
                username == null || username.isBlank() ? null : username, admin,
                authentication.getToken().getTokenValue());
    }

    @Override
    public String toString() {
        return "Caller[subject=" + subject + ", username=" + username + ", admin=" + admin + ", accessToken=(hidden)]";
    }
}
