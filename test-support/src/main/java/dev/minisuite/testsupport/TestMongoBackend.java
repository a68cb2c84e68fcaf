package dev.minisuite.testsupport;

import java.util.Locale;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The MongoDB that every integration test in this JVM talks to, started on first use and stopped at JVM exit.
 *
 * <p>The system property or environment variable {@code MINISUITE_TEST_MONGO} selects the backend:
 * {@code container} requires Docker, {@code embedded} always uses the in-process server, and {@code auto} (the
 * default) uses the container when a Docker engine responds.
 */
public final class TestMongoBackend {

    /** The MongoDB 8 image that docker-compose.yml also runs, so tests and deployment use one server version. */
    public static final String MONGO_IMAGE = "mongo:8.0.17";

    static final String SELECTOR = "MINISUITE_TEST_MONGO";

    private static final Logger log = LoggerFactory.getLogger(TestMongoBackend.class);

    private static volatile TestMongoBackend shared;

    private final Kind kind;
    private final String connectionString;

    private TestMongoBackend(Kind kind, String connectionString) {
        this.kind = kind;
        this.connectionString = connectionString;
    }

    /** The kinds of backend a test run can use. */
    public enum Kind {
        /** A real MongoDB server in a Testcontainers container. */
        CONTAINER,
        /** The in-process mongo-java-server with its in-memory backend. */
        EMBEDDED
    }

    /**
     * Returns the backend for this JVM, starting it on the first call.
     */
    public static TestMongoBackend shared() {
        TestMongoBackend backend = shared;
        if (backend == null) {
            synchronized (TestMongoBackend.class) {
                backend = shared;
                if (backend == null) {
                    backend = start(chooseKind());
                    shared = backend;
                }
            }
        }
        return backend;
    }

    public Kind kind() {
        return kind;
    }

    /** Returns a connection string whose database is {@code test}. */
    public String connectionString() {
        return connectionString;
    }

    static Kind chooseKind() {
        String selector = System.getProperty(SELECTOR, System.getenv().getOrDefault(SELECTOR, "auto"));
        switch (selector.strip().toLowerCase(Locale.ROOT)) {
            case "container":
                return Kind.CONTAINER;
            case "embedded":
                return Kind.EMBEDDED;
            case "auto":
                return DockerClientFactory.instance().isDockerAvailable() ? Kind.CONTAINER : Kind.EMBEDDED;
            default:
                throw new IllegalStateException(SELECTOR + " must be auto, container or embedded, but was '"
                        + selector + "'");
        }
    }

    private static TestMongoBackend start(Kind kind) {
        return kind == Kind.CONTAINER ? startContainer() : startEmbedded();
    }

    private static TestMongoBackend startContainer() {
        MongoDBContainer container = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE));
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-mongo-container-stop"));
        String uri = container.getReplicaSetUrl("test");
        log.info("Integration tests use MongoDB from Testcontainers image {} at {}", MONGO_IMAGE, uri);
        return new TestMongoBackend(Kind.CONTAINER, uri);
    }

    private static TestMongoBackend startEmbedded() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        var bound = server.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-server-stop"));
        String uri = "mongodb://127.0.0.1:" + bound.getPort() + "/test";
        log.info("Integration tests use the in-process mongo-java-server at {} (no Docker engine responded, or {}=embedded)",
                uri, SELECTOR);
        return new TestMongoBackend(Kind.EMBEDDED, uri);
    }
}
