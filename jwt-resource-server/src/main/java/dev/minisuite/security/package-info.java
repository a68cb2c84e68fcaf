/**
 * Validates the access tokens that auth-service issues and turns them into Spring Security authentications.
 */
@NullMarked
package dev.minisuite.security;

import org.jspecify.annotations.NullMarked;
