package dev.minisuite.auth.user;


import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of a registration. Username and e-mail are trimmed, and the e-mail normalized, before they are
 * validated. The password is limited to 72 UTF-8 bytes because bcrypt ignores every byte after the 72nd; a longer
 * password is rejected rather than silently truncated.
 */
record RegistrationRequest(
        @NotBlank @Size(min = 3, max = 64)
        @Pattern(regexp = Usernames.ALLOWED, message = Usernames.ALLOWED_MESSAGE)
        @Nullable String username,
        @NotBlank @Size(max = 254) @Email(regexp = EmailAddresses.PATTERN, message = "must be a valid e-mail address")
        @Nullable String email,
        @NotNull @Utf8Length(min = PASSWORD_MIN_BYTES, max = PASSWORD_MAX_BYTES) @Nullable String password) {

    static final int PASSWORD_MIN_BYTES = 8;

    /** The most bytes bcrypt reads. */
    static final int PASSWORD_MAX_BYTES = 72;

    RegistrationRequest {
        username = username == null ? null : username.strip();
        email = EmailAddresses.normalize(email);
    }
}
