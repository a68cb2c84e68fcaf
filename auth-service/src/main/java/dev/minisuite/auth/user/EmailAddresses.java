package dev.minisuite.auth.user;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one normalization of e-mail addresses, used before every store and every lookup: trimmed, Unicode
 * compatibility forms folded (NFKC, so a full-width letter equals its ASCII twin) and lower-cased.
 */
final class EmailAddresses {

    /** The form an address must have: one {@code @}, no whitespace, and a dot in the domain. */
    static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private EmailAddresses() {
    }

    static @Nullable String normalize(@Nullable String email) {
        return email == null ? null : Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
