package dev.minisuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path directory;

    @Test
    void dataSurvivesRestart() throws IOException {
        Path file = directory.resolve("store.mv");
        int port = freePort();
        try (EmbeddedStore store = EmbeddedStore.start(file, port);
                MongoClient client = MongoClients.create(store.uri("minisuite-films"))) {
            client.getDatabase("minisuite-films").getCollection("films").insertOne(new Document("film_name", "1776"));
        }

        try (EmbeddedStore store = EmbeddedStore.start(file, port);
                MongoClient client = MongoClients.create(store.uri("minisuite-films"))) {
            long count = client.getDatabase("minisuite-films").getCollection("films")
                    .countDocuments(new Document("film_name", "1776"));

            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    void storeInUseIsReportedWithSetting() throws IOException {
        Path file = directory.resolve("store.mv");
        try (EmbeddedStore first = EmbeddedStore.start(file, freePort())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedStore.start(file, freePort()))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("MINISUITE_DATA_DIR");
        }
    }

    @Test
    void busyPortIsReportedWithSetting() throws IOException {
        try (ServerSocket busy = new ServerSocket(0)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> Ports.requireFree(busy.getLocalPort(), "auth-service", "AUTH_PORT"))
                    .isInstanceOf(LauncherException.class)
                    .hasMessage("Port " + busy.getLocalPort() + " for auth-service is already in use; set AUTH_PORT to a free port.");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
