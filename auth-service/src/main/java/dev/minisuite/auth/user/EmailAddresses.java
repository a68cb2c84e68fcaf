package dev.minisuite.auth.user;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The one normalization of e-mail addresses, used before every store and every lookup. */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static @Nullable String normalize(@Nullable String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
