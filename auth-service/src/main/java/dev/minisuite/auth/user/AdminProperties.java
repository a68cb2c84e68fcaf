package dev.minisuite.auth.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account that start-up ensures, from {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD}. Both
 * blank means no administrator is created.
 */
@ConfigurationProperties("minisuite.auth.admin")
record AdminProperties(String email, String password, String username) {

    AdminProperties {
        email = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        password = password == null ? "" : password;
        username = username == null || username.isBlank() ? "admin" : username.strip();
    }

    boolean configured() {
        return !email.isEmpty() || !password.isEmpty();
    }

    @Override
    public String toString() {
        return "AdminProperties[email=" + email + ", username=" + username + ", password=(hidden)]";
    }
}
