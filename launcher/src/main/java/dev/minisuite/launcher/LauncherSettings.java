package dev.minisuite.launcher;

import java.nio.file.Path;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The launcher's settings, read from environment variables.
 *
 * @param home the repository root, where the service jars and the film data set are
 * @param dataDirectory where the embedded store, the logs and the launcher's state live
 * @param mongoUri a real MongoDB to use instead of the embedded store, or {@code null}
 * @param mongoPort the loopback port of the embedded store
 * @param adminEmail the administrator's e-mail, or {@code null} to generate an administrator on first start
 * @param adminPassword the administrator's password, given together with {@code adminEmail}
 */
record LauncherSettings(Path home, Path dataDirectory, @Nullable String mongoUri, int mongoPort, int authPort,
        int filmsPort, int postsPort, @Nullable String adminEmail, @Nullable String adminPassword) {

    static final String DATA_DIR = "MINISUITE_DATA_DIR";
    static final String MONGODB_URI = "MINISUITE_MONGODB_URI";
    static final String MONGO_PORT = "MINISUITE_MONGO_PORT";
    static final String AUTH_PORT = "AUTH_PORT";
    static final String FILMS_PORT = "FILMS_PORT";
    static final String POSTS_PORT = "POSTS_PORT";

    static LauncherSettings fromEnvironment(Map<String, String> environment, Path workingDirectory) {
        Path home = Path.of(environment.getOrDefault("MINISUITE_HOME", workingDirectory.toString()))
                .toAbsolutePath().normalize();
        Path data = home.resolve(environment.getOrDefault(DATA_DIR, ".minisuite")).toAbsolutePath().normalize();
        String email = blankToNull(environment.get("ADMIN_EMAIL"));
        String password = blankToNull(environment.get("ADMIN_PASSWORD"));
        if ((email == null) != (password == null)) {
            throw new LauncherException("Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.");
        }
        LauncherSettings settings = new LauncherSettings(home, data, blankToNull(environment.get(MONGODB_URI)),
                port(environment, MONGO_PORT, 27018), port(environment, AUTH_PORT, 8081),
                port(environment, FILMS_PORT, 8082), port(environment, POSTS_PORT, 8083), email, password);
        settings.requireDistinctPorts();
        return settings;
    }

    private void requireDistinctPorts() {
        Map<Integer, String> owners = new java.util.LinkedHashMap<>();
        owners.put(authPort, AUTH_PORT);
        for (Map.Entry<String, Integer> other : Map.of(FILMS_PORT, filmsPort, POSTS_PORT, postsPort).entrySet()) {
            String owner = owners.putIfAbsent(other.getValue(), other.getKey());
            if (owner != null) {
                throw new LauncherException(owner + " and " + other.getKey() + " are both " + other.getValue()
                        + "; give each service its own port.");
            }
        }
        if (embeddedStore() && owners.containsKey(mongoPort)) {
            throw new LauncherException(MONGO_PORT + " and " + owners.get(mongoPort) + " are both " + mongoPort
                    + "; give the store its own port.");
        }
    }

    boolean embeddedStore() {
        return mongoUri == null;
    }

    private static int port(Map<String, String> environment, String name, int defaultPort) {
        String value = blankToNull(environment.get(name));
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        }
        catch (NumberFormatException ex) {
            throw new LauncherException(name + " must be a port number from 1 to 65535, but was '" + value + "'.");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
