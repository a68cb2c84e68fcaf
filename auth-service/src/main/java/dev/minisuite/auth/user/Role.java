package dev.minisuite.auth.user;

/**
 * The roles a token can carry. Other services map them to the authorities {@code ROLE_USER} and {@code ROLE_ADMIN}.
 */
public enum Role {
    USER,
    ADMIN
}
