package dev.minisuite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that call a service on a real port, so that filters, the error dispatch and
 * Spring Security run exactly as in production.
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public HttpApi(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static HttpApi onLocalPort(int port) {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** Sends a JSON body with {@code Content-Type: application/json} unless {@code headers} sets another. */
    public Response post(String path, @Nullable String json, String... headers) {
        return send("POST", path, json, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /**
     * Sends a request; {@code headers} alternates names and values, as in {@link HttpRequest.Builder#headers}.
     */
    public Response send(String method, String path, @Nullable String body, String... headers) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), body != null, headers);
    }

    /** Sends a request with any body publisher, for example a stream without a {@code Content-Length}. */
    public Response send(String method, String path, HttpRequest.BodyPublisher body, boolean json,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        boolean contentTypeSet = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentTypeSet |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json && !contentTypeSet) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + path, ex);
        }
    }

    /**
     * Sends a request whose target is written to the socket exactly as given, for targets that
     * {@link java.net.URI} rejects, such as a malformed percent-encoding. The response is read until the server
     * closes the connection.
     */
    public RawResponse sendRaw(String method, String target, String... headers) {
        URI base = URI.create(baseUrl);
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return RawResponse.parse(response);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A response read from a raw socket: its status, content type and body, with chunked bodies decoded. */
    public record RawResponse(int status, String contentType, String body) {

        static RawResponse parse(String response) {
            int headerEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headerEnd);
            String body = response.substring(headerEnd + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            String contentType = "";
            boolean chunked = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).strip();
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            return new RawResponse(status, contentType, chunked ? dechunk(body) : body);
        }

        private static String dechunk(String body) {
            StringBuilder decoded = new StringBuilder();
            int position = 0;
            while (position < body.length()) {
                int lineEnd = body.indexOf("\r\n", position);
                int size = Integer.parseInt(body.substring(position, lineEnd).strip(), 16);
                if (size == 0) {
                    break;
                }
                decoded.append(body, lineEnd + 2, lineEnd + 2 + size);
                position = lineEnd + 2 + size + 2;
            }
            return decoded.toString();
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Returns the header pair for {@code Authorization: Bearer <token>}. */
    public static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    /** A response with helpers to read its JSON body and headers. */
    public record Response(int status, HttpResponse<String> raw) {

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        /** Returns the field names in a problem detail's {@code errors} member, empty when it has none. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            JsonNode errors = json().get("errors");
            if (errors != null) {
                errors.forEach(error -> fields.add(error.get("field").asString()));
            }
            return fields;
        }

        /** Returns the message of the first entry in a problem detail's {@code errors} member. */
        public String firstErrorMessage() {
            return json().at("/errors/0/message").asString();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }
}
