package dev.minisuite.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the suite on this machine: the embedded store (or a given MongoDB), then auth-service,
 * minifilm-service and minipost-service as child processes, and stops them all on Ctrl-C or SIGTERM.
 */
public final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> ADMIN_VARIABLES = List.of("ADMIN_EMAIL", "ADMIN_PASSWORD");
    /** The local stack is for this machine only, so the services listen on loopback like the store. */
    private static final String LOOPBACK = "127.0.0.1";

    private final LauncherSettings settings;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private @Nullable EmbeddedStore store;
    private volatile boolean stopping;

    Launcher(LauncherSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Launcher launcher;
        try {
            launcher = new Launcher(LauncherSettings.fromEnvironment(System.getenv(), Path.of("")));
        }
        catch (LauncherException ex) {
            System.err.println("minisuite: " + ex.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            stopped.countDown();
        }, "minisuite-stop"));
        try {
            launcher.start();
        }
        catch (LauncherException ex) {
            System.err.println("minisuite: " + ex.getMessage());
            System.exit(1);
        }
        try {
            stopped.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    void start() {
        checkPorts();
        createPrivateDirectory(settings.dataDirectory());
        Path logs = createPrivateDirectory(settings.dataDirectory().resolve("logs"));
        String signingKey = LocalSigningKey.readOrCreate(settings.dataDirectory().resolve("signing-key.pem"));
        AdminAccount admin = AdminAccount.resolve(settings);
        String authUri;
        String filmsUri;
        String postsUri;
        if (settings.embeddedStore()) {
            store = EmbeddedStore.start(settings.dataDirectory().resolve("store.mv"), settings.mongoPort());
            authUri = store.uri("minisuite-auth");
            filmsUri = store.uri("minisuite-films");
            postsUri = store.uri("minisuite-posts");
        }
        else {
            String uri = settings.mongoUri();
            log.info("Using the MongoDB given in {}; no embedded store is started", LauncherSettings.MONGODB_URI);
            authUri = MongoUris.withDatabase(uri, "minisuite-auth");
            filmsUri = MongoUris.withDatabase(uri, "minisuite-films");
            postsUri = MongoUris.withDatabase(uri, "minisuite-posts");
        }

        String authUrl = "http://127.0.0.1:" + settings.authPort();
        String jwksUri = authUrl + "/.well-known/jwks.json";
        Map<String, String> authEnvironment = new LinkedHashMap<>();
        authEnvironment.put("SERVER_PORT", String.valueOf(settings.authPort()));
        authEnvironment.put("SERVER_ADDRESS", LOOPBACK);
        authEnvironment.put("SPRING_MONGODB_URI", authUri);
        authEnvironment.put("MINISUITE_AUTH_PRIVATE_KEY_PEM", signingKey);
        if (admin.email() != null && admin.password() != null) {
            authEnvironment.put("ADMIN_EMAIL", admin.email());
            authEnvironment.put("ADMIN_PASSWORD", admin.password());
        }

        Map<String, String> filmsEnvironment = new LinkedHashMap<>();
        filmsEnvironment.put("SERVER_PORT", String.valueOf(settings.filmsPort()));
        filmsEnvironment.put("SERVER_ADDRESS", LOOPBACK);
        filmsEnvironment.put("SPRING_MONGODB_URI", filmsUri);
        filmsEnvironment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI", jwksUri);
        filmsEnvironment.put("MINISUITE_FILMS_SEED_FILE", seedFile().toString());

        Map<String, String> postsEnvironment = new LinkedHashMap<>();
        postsEnvironment.put("SERVER_PORT", String.valueOf(settings.postsPort()));
        postsEnvironment.put("SERVER_ADDRESS", LOOPBACK);
        postsEnvironment.put("SPRING_MONGODB_URI", postsUri);
        postsEnvironment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI", jwksUri);
        postsEnvironment.put("MINISUITE_FILMS_BASE_URL", "http://127.0.0.1:" + settings.filmsPort());

        services.add(ServiceProcess.start("auth-service", jar("auth-service"), settings.authPort(), authEnvironment,
                List.of("MINISUITE_AUTH_PRIVATE_KEY_PEM"), logs));
        services.add(ServiceProcess.start("minifilm-service", jar("minifilm-service"), settings.filmsPort(),
                filmsEnvironment, ADMIN_VARIABLES, logs));
        services.add(ServiceProcess.start("minipost-service", jar("minipost-service"), settings.postsPort(),
                postsEnvironment, ADMIN_VARIABLES, logs));

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitReady(client, deadline);
        }
        admin.recordIfGenerated(settings);
        for (ServiceProcess service : List.copyOf(services)) {
            service.onExit(code -> {
                if (!stopping) {
                    log.error("{} exited unexpectedly with code {}; stopping the suite. See {}", service.name(), code,
                            service.logFile());
                    // Exiting runs the shutdown hook, which stops the other services and the store.
                    new Thread(() -> System.exit(1), "minisuite-exit").start();
                }
            });
        }
        printWelcome(admin);
    }

    void stop() {
        stopping = true;
        List<ServiceProcess> running = new ArrayList<>(services);
        Collections.reverse(running);
        running.forEach(ServiceProcess::stop);
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private void checkPorts() {
        Ports.requireFree(settings.authPort(), "auth-service", LauncherSettings.AUTH_PORT);
        Ports.requireFree(settings.filmsPort(), "minifilm-service", LauncherSettings.FILMS_PORT);
        Ports.requireFree(settings.postsPort(), "minipost-service", LauncherSettings.POSTS_PORT);
        if (settings.embeddedStore()) {
            Ports.requireFree(settings.mongoPort(), "the embedded store", LauncherSettings.MONGO_PORT);
        }
    }

    private Path jar(String module) {
        Path target = settings.home().resolve(module).resolve("target");
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(target, module + "-*.jar")) {
            stream.forEach(jars::add);
        }
        catch (IOException ex) {
            // Reported below together with the empty result.
        }
        if (jars.size() != 1) {
            throw new LauncherException("Expected one " + module + " jar in " + target + " but found " + jars.size()
                    + ". Build it first with ./mvnw -DskipTests package, or set MINISUITE_HOME to the repository.");
        }
        return jars.getFirst();
    }

    private Path seedFile() {
        Path seed = settings.home().resolve("minifilm-service/data/vega-movies.json");
        if (!Files.isReadable(seed)) {
            throw new LauncherException("The film data set " + seed + " is missing; set MINISUITE_HOME to the repository.");
        }
        return seed;
    }

    private static Path createPrivateDirectory(Path directory) {
        try {
            return LocalSigningKey.PrivateFiles.createDirectories(directory);
        }
        catch (IOException ex) {
            throw new LauncherException("Cannot create " + directory + ": " + ex.getMessage(), ex);
        }
    }

    private void printWelcome(AdminAccount admin) {
        StringBuilder text = new StringBuilder("\nMiniSuite is running.\n");
        for (ServiceProcess service : services) {
            text.append(String.format("  %-17s %s   (log: %s)%n", service.name(), service.baseUrl(), service.logFile()));
        }
        text.append(settings.embeddedStore()
                ? String.format("  %-17s mongodb://127.0.0.1:%d   (data: %s)%n", "embedded store", settings.mongoPort(),
                        settings.dataDirectory().resolve("store.mv"))
                : String.format("  %-17s %s%n", "MongoDB", "from " + LauncherSettings.MONGODB_URI));
        String email = admin.email() == null ? AdminAccount.GENERATED_EMAIL : admin.email();
        if (admin.generated()) {
            text.append("\nAn administrator was created. Its password is shown only this once:\n")
                    .append("  e-mail:   ").append(email).append('\n')
                    .append("  password: ").append(admin.password()).append('\n');
        }
        String password = admin.generated() ? admin.password() : "YOUR_ADMIN_PASSWORD";
        text.append("\nLog in:\n  curl -s -X POST http://127.0.0.1:").append(settings.authPort())
                .append("/api/user/login -H 'Content-Type: application/json' -d '{\"email\":\"").append(email)
                .append("\",\"password\":\"").append(password).append("\"}'\n")
                .append("\nPress Ctrl-C to stop.\n");
        System.out.println(text);
    }
}
