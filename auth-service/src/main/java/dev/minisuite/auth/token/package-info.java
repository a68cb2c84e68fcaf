/**
 * Access tokens: the signing key, token issuance and the public JWKS document. This package does not depend on
 * user accounts.
 */
@NullMarked
package dev.minisuite.auth.token;

import org.jspecify.annotations.NullMarked;
