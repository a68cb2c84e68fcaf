package dev.minisuite.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The administrator that auth-service ensures at start-up. When none is configured, the first start generates one
 * and prints its password once. The account then stays in the store, so later starts pass no credentials.
 *
 * @param email the e-mail to pass to auth-service, or {@code null} when none is passed on this start
 * @param password the password, or {@code null} when none is passed on this start
 * @param generated whether the password was generated on this start and must be shown to the user
 */
record AdminAccount(@Nullable String email, @Nullable String password, boolean generated) {

    static final String GENERATED_EMAIL = "admin@minisuite.local";
    private static final String MARKER = "admin-generated";

    static AdminAccount resolve(LauncherSettings settings) {
        if (settings.adminEmail() != null) {
            return new AdminAccount(settings.adminEmail(), settings.adminPassword(), false);
        }
        Path marker = settings.dataDirectory().resolve(MARKER);
        if (Files.exists(marker)) {
            return new AdminAccount(null, null, false);
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return new AdminAccount(GENERATED_EMAIL, HexFormat.of().formatHex(random), true);
    }

    /**
     * Records, once auth-service has started with a generated administrator, that later starts must not generate
     * another. The marker contains the e-mail only, never the password.
     */
    void recordIfGenerated(LauncherSettings settings) {
        if (!generated) {
            return;
        }
        Path marker = settings.dataDirectory().resolve(MARKER);
        try {
            Files.writeString(marker, GENERATED_EMAIL + "\n");
        }
        catch (IOException ex) {
            throw new LauncherException("Cannot write " + marker + ": " + ex.getMessage(), ex);
        }
    }
}
