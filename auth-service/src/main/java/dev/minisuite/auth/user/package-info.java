/**
 * User accounts: registration, login, the caller's profile and the optional administrator account.
 */
@NullMarked
package dev.minisuite.auth.user;

import org.jspecify.annotations.NullMarked;
