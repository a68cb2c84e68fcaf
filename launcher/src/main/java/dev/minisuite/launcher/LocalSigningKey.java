package dev.minisuite.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The RSA key that auth-service signs tokens with in the local stack, kept in a file that only the current user
 * can read. Passing it to auth-service keeps the key out of the embedded store, which has no authentication.
 */
final class LocalSigningKey {

    private LocalSigningKey() {
    }

    /** Reads the key file, creating it with a new 2048-bit key on first use, and returns the PEM text. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(PrivateFiles.create(file), generatePem(), StandardCharsets.US_ASCII);
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        }
        catch (IOException ex) {
            throw new LauncherException("Cannot read or write the signing key " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static String generatePem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8);
            return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
        }
        catch (GeneralSecurityException ex) {
            throw new LauncherException("Cannot generate an RSA signing key: " + ex.getMessage(), ex);
        }
    }

    /** Creates files and folders that only their owner may read, where the file system has POSIX permissions. */
    static final class PrivateFiles {

        private PrivateFiles() {
        }

        static Path create(Path file) throws IOException {
            if (supportsPosix(file.getParent())) {
                return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            return Files.createFile(file);
        }

        static Path createDirectories(Path directory) throws IOException {
            if (Files.isDirectory(directory)) {
                return directory;
            }
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (supportsPosix(parent)) {
                return Files.createDirectory(directory,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return Files.createDirectory(directory);
        }

        private static boolean supportsPosix(Path path) throws IOException {
            return path != null && Files.getFileStore(path).supportsFileAttributeView("posix");
        }
    }
}
