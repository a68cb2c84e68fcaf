package dev.minisuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void firstUseWritesPkcs8Key() {
        String pem = LocalSigningKey.readOrCreate(directory.resolve("signing-key.pem"));

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
    }

    @Test
    void laterUseReadsSameKey() {
        Path file = directory.resolve("signing-key.pem");

        assertThat(LocalSigningKey.readOrCreate(file)).isEqualTo(LocalSigningKey.readOrCreate(file));
    }

    @Test
    void keyFileIsPrivateToOwner() throws IOException {
        Path file = directory.resolve("signing-key.pem");
        LocalSigningKey.readOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void dataDirectoryIsPrivateToOwner() throws IOException {
        Path data = LocalSigningKey.PrivateFiles.createDirectories(directory.resolve("data"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
}
