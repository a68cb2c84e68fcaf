package dev.minisuite.post;

import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.TestTokens;
import org.bson.types.ObjectId;

/**
 * Calls the post endpoints over HTTP as one user, for tests that need several users at once.
 */
public final class PostsApi {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final HttpApi http;
    private final String userId;
    private final String username;
    private final String token;

    private PostsApi(HttpApi http, String userId, String username, String token) {
        this.http = http;
        this.userId = userId;
        this.username = username;
        this.token = token;
    }

    /** Returns a client that acts as a new user with role USER. */
    public static PostsApi user(int port, String username) {
        String id = new ObjectId().toHexString();
        return new PostsApi(HttpApi.onLocalPort(port), id, username, TestTokens.shared().user(id, username));
    }

    /** Returns a client that acts as a new user with roles USER and ADMIN. */
    public static PostsApi admin(int port, String username) {
        String id = new ObjectId().toHexString();
        return new PostsApi(HttpApi.onLocalPort(port), id, username, TestTokens.shared().admin(id, username));
    }

    public HttpApi http() {
        return http;
    }

    public String userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    public String token() {
        return token;
    }

    public HttpApi.Response create(String json) {
        return http.post("/api/posts", json, "Authorization", "Bearer " + token);
    }

    /** Creates a post and returns its id, failing unless the service returns 201. */
    public String createId(String json) {
        HttpApi.Response response = create(json);
        if (response.status() != 201) {
            throw new AssertionError("Expected 201 but got " + response);
        }
        return response.json().get("id").asString();
    }

    public HttpApi.Response get(String path) {
        return http.get(path, "Authorization", "Bearer " + token);
    }

    public HttpApi.Response patch(String id, String json, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        all[2] = "Content-Type";
        all[3] = MERGE_PATCH;
        System.arraycopy(headers, 0, all, 4, headers.length);
        return http.send("PATCH", "/api/posts/" + id, json, all);
    }

    public HttpApi.Response delete(String id, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.delete("/api/posts/" + id, all);
    }
}
