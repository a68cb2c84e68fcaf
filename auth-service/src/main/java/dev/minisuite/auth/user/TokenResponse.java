package dev.minisuite.auth.user;

/** A successful login, in the form of an OAuth 2.0 token response (RFC 6749, section 5.1). */
record TokenResponse(String accessToken, String tokenType, long expiresIn) {
}
