package dev.minisuite.post;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for minifilm-service: a real HTTP server on a random loopback port that returns a
 * status for {@code GET /api/films/{id}} chosen by the id, and records the {@code Authorization} header of each
 * request.
 */
public final class FilmStub {

    /** Films that exist: 200. */
    public static final String KNOWN = "64b0a0000000000000000001";
    public static final String OTHER_KNOWN = "64b0a0000000000000000002";
    /** A film that gets 200 only after {@link #SLOW_DELAY}, longer than the service's timeout. */
    public static final String SLOW = "64b0a00000000000000005e0";
    /** A film whose request fails with 500. */
    public static final String BROKEN = "64b0a0000000000000000500";
    /** A film whose request gets 401, as if minifilm-service rejected the forwarded token. */
    public static final String REJECTS_TOKEN = "64b0a0000000000000000401";
    /** A film that does not exist; every id not listed here gets 404. */
    public static final String MISSING = "64b0a00000000000000000ff";

    public static final Duration SLOW_DELAY = Duration.ofSeconds(5);

    private static volatile FilmStub shared;

    private final HttpServer server;
    private final Map<String, List<String>> authorizations = new ConcurrentHashMap<>();

    private FilmStub(HttpServer server) {
        this.server = server;
    }

    /** Returns the stub of this JVM, starting it on the first call. */
    public static FilmStub shared() {
        FilmStub stub = shared;
        if (stub == null) {
            synchronized (FilmStub.class) {
                stub = shared;
                if (stub == null) {
                    stub = start();
                    shared = stub;
                }
            }
        }
        return stub;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Returns the {@code Authorization} headers received for a film id, oldest first, with "(none)" for a request
     * that had none.
     */
    public List<String> authorizationsFor(String filmId) {
        return List.copyOf(authorizations.getOrDefault(filmId, List.of()));
    }

    public int requestsFor(String filmId) {
        return authorizationsFor(filmId).size();
    }

    public void reset() {
        authorizations.clear();
    }

    /** Returns a base URL where nothing listens, so that connections are refused. */
    public static String refusingBaseUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static FilmStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FilmStub stub = new FilmStub(server);
            server.createContext("/api/films/", stub::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "film-stub-stop"));
            return stub;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the minifilm-service stub", ex);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String filmId = path.substring(path.lastIndexOf('/') + 1);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.computeIfAbsent(filmId, id -> new CopyOnWriteArrayList<>())
                    .add(authorization == null ? "(none)" : authorization);
            switch (filmId) {
                case KNOWN, OTHER_KNOWN -> respond(exchange, 200, "{\"id\":\"" + filmId + "\",\"film_name\":\"1776\"}");
                case SLOW -> {
                    sleep(SLOW_DELAY);
                    respond(exchange, 200, "{\"id\":\"" + filmId + "\"}");
                }
                case BROKEN -> respond(exchange, 500, "{\"status\":500}");
                case REJECTS_TOKEN -> respond(exchange, 401, "{\"status\":401}");
                default -> respond(exchange, 404, "{\"status\":404}");
            }
        }
        catch (IOException ex) {
            // The client gave up first, as it should for the slow film.
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
