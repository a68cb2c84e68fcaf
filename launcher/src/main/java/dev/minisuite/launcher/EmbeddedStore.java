package dev.minisuite.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process MongoDB wire-protocol server (mongo-java-server) with its H2 file backend, so data survives a
 * restart. It listens on loopback only.
 */
final class EmbeddedStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

    private final MongoServer server;
    private final H2Backend backend;
    private final int port;

    private EmbeddedStore(MongoServer server, H2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    static EmbeddedStore start(Path dataFile, int port) {
        try {
            Files.createDirectories(dataFile.getParent());
        }
        catch (java.io.IOException ex) {
            throw new LauncherException("Cannot create the data directory " + dataFile.getParent() + ": " + ex.getMessage(), ex);
        }
        H2Backend backend;
        try {
            backend = new H2Backend(dataFile.toString());
        }
        catch (RuntimeException ex) {
            String reason = String.valueOf(ex.getMessage());
            throw new LauncherException(reason.contains("locked")
                    ? "The data directory " + dataFile.getParent() + " is in use by another launcher; stop that one or "
                            + "set " + LauncherSettings.DATA_DIR + " to another directory."
                    : "Cannot open the store " + dataFile + ": " + reason, ex);
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        log.info("Embedded store listening on 127.0.0.1:{} with data in {}", port, dataFile);
        return new EmbeddedStore(server, backend, port);
    }

    /** Returns the connection string for one database of this store. */
    String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        backend.commit();
        // Shutting the server down also closes its backend, which writes the H2 file.
        server.shutdown();
        log.info("Embedded store stopped");
    }
}
