/**
 * auth-service: registers users, checks their passwords and issues RS256 access tokens that the other services
 * verify through the published JWKS.
 */
@NullMarked
package dev.minisuite.auth;

import org.jspecify.annotations.NullMarked;
