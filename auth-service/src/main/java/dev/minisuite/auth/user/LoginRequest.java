package dev.minisuite.auth.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The body of a login; the e-mail is normalized as at registration. */
record LoginRequest(@NotBlank @Nullable String email, @NotNull @Nullable String password) {

    LoginRequest {
        email = EmailAddresses.normalize(email);
    }
}
