package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.minisuite.post.FilmStub;
import dev.minisuite.post.PostIntegrationTest;
import dev.minisuite.post.PostsApi;
import dev.minisuite.testsupport.HttpApi;
import dev.minisuite.testsupport.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

@PostIntegrationTest
class PostListIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PostsApi alice;
    PostsApi bob;

    String aliceCloud;
    String aliceFilm;
    String bobCloud;
    String bobPlain;

    /** Four posts, created in this order: two by alice, two by bob. */
    @BeforeEach
    void createPosts() {
        mongo.remove(new Query(), Post.class);
        alice = PostsApi.user(port, "alice");
        bob = PostsApi.user(port, "bob");
        aliceCloud = alice.createId(Json.object("title", "B", "text", "t", "hashtags", List.of("#Cloud", "java")));
        aliceFilm = alice.createId(Json.object("title", "D", "text", "t", "film_id", FilmStub.KNOWN));
        bobCloud = bob.createId(Json.object("title", "A", "text", "t", "hashtags", List.of("CLOUD")));
        bobPlain = bob.createId(Json.object("title", "C", "text", "t", "film_id", FilmStub.OTHER_KNOWN));
    }

    static List<String> ids(HttpApi.Response response) {
        List<String> ids = new ArrayList<>();
        response.json().get("content").forEach(post -> ids.add(post.get("id").asString()));
        return ids;
    }

    @Test
    void listIsNewestFirst() {
        HttpApi.Response response = alice.get("/api/posts");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(bobPlain, bobCloud, aliceFilm, aliceCloud);
    }

    @Test
    void listHasPageMetadata() {
        JsonNode page = alice.get("/api/posts?size=3").json().get("page");

        assertThat(page.get("number").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(3);
        assertThat(page.get("total_elements").asInt()).isEqualTo(4);
        assertThat(page.get("total_pages").asInt()).isEqualTo(2);
    }

    @Test
    void lastPageHoldsTheRest() {
        HttpApi.Response response = alice.get("/api/posts?size=3&page=1");

        assertThat(ids(response)).containsExactly(aliceCloud);
        assertThat(response.json().at("/page/number").asInt()).isEqualTo(1);
    }

    @Test
    void pageAfterLastIsEmpty() {
        HttpApi.Response response = alice.get("/api/posts?size=3&page=2");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).isEmpty();
        assertThat(response.json().at("/page/total_elements").asInt()).isEqualTo(4);
    }

    @Test
    void sizeOver100IsRejected() {
        HttpApi.Response response = alice.get("/api/posts?size=1000");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("100");
    }

    @Test
    void negativePageIsRejected() {
        HttpApi.Response response = alice.get("/api/posts?page=-1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    @Test
    void sortByTitleAscending() {
        assertThat(ids(alice.get("/api/posts?sort=title,asc")))
                .containsExactly(bobCloud, aliceCloud, bobPlain, aliceFilm);
    }

    @Test
    void sortByDateAscending() {
        assertThat(ids(alice.get("/api/posts?sort=date,asc")))
                .containsExactly(aliceCloud, aliceFilm, bobCloud, bobPlain);
    }

    @Test
    void sortOnOtherFieldIsRejected() {
        HttpApi.Response response = alice.get("/api/posts?sort=text");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void filterByOwnerId() {
        assertThat(ids(bob.get("/api/posts?owner_id=" + alice.userId()))).containsExactly(aliceFilm, aliceCloud);
    }

    @Test
    void filterByUser() {
        assertThat(ids(alice.get("/api/posts?user=bob"))).containsExactly(bobPlain, bobCloud);
    }

    @Test
    void filterByUserIsExact() {
        assertThat(ids(alice.get("/api/posts?user=Bob"))).isEmpty();
    }

    @Test
    void filterByHashtagIgnoresCase() {
        assertThat(ids(alice.get("/api/posts?hashtag=cloud"))).containsExactly(bobCloud, aliceCloud);
    }

    @Test
    void filterByHashtagAcceptsHash() {
        assertThat(ids(alice.get("/api/posts?hashtag=%23Cloud"))).containsExactly(bobCloud, aliceCloud);
    }

    @Test
    void filterByHashtagMatchesWholeTag() {
        assertThat(ids(alice.get("/api/posts?hashtag=clou"))).isEmpty();
    }

    @Test
    void filterByInvalidHashtagIsRejected() {
        HttpApi.Response response = alice.get("/api/posts?hashtag=no%20spaces");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("hashtag");
    }

    @Test
    void filterByFilmId() {
        assertThat(ids(alice.get("/api/posts?film_id=" + FilmStub.KNOWN))).containsExactly(aliceFilm);
    }

    @Test
    void filterByFilmIdIgnoresHexCase() {
        assertThat(ids(alice.get("/api/posts?film_id=" + FilmStub.KNOWN.toUpperCase()))).containsExactly(aliceFilm);
    }

    @Test
    void filterByMalformedFilmIdIsRejected() {
        HttpApi.Response response = alice.get("/api/posts?film_id=1776");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("film_id");
    }

    @Test
    void filtersCombine() {
        assertThat(ids(alice.get("/api/posts?hashtag=cloud&owner_id=" + alice.userId()))).containsExactly(aliceCloud);
    }

    @Test
    void listAcceptsAnyValidToken() {
        PostsApi carol = PostsApi.user(port, "carol");

        assertThat(carol.get("/api/posts").status()).isEqualTo(200);
    }
}
