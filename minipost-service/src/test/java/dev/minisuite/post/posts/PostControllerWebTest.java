package dev.minisuite.post.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import dev.minisuite.web.WebSupportAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The controller's request handling with the service mocked: invalid input must be rejected before the service
 * is called, and valid input must reach it normalized. Authentication is simulated, so the token checks of the
 * real filter chain are covered by the integration tests instead.
 */
@WebMvcTest(PostController.class)
@ImportAutoConfiguration(WebSupportAutoConfiguration.class)
class PostControllerWebTest {

    static final String POST_ID = "64b0a00000000000000000a1";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PostService posts;

    static JwtRequestPostProcessor alice() {
        return jwt().jwt(token -> token.subject("64b0a00000000000000000aa").claim("username", "alice"));
    }

    static Post storedPost(long version) {
        Instant date = Instant.parse("2024-01-31T12:00:00Z");
        return new Post(POST_ID, "Title", "Text", List.of("Cloud"), null, null, null, null, "alice",
                "64b0a00000000000000000aa", date, date, version);
    }

    @Test
    void invalidNewPostNeverReachesService() throws Exception {
        mvc.perform(post("/api/posts").with(alice()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"\", \"text\": \"t\", \"owner_id\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "owner_id")));

        verifyNoInteractions(posts);
    }

    @Test
    void validNewPostReachesServiceNormalized() throws Exception {
        when(posts.create(any(), any())).thenReturn(storedPost(0));

        mvc.perform(post("/api/posts").with(alice()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \" Title \", \"text\": \"Text\", \"hashtags\": [\"#Cloud\"]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/posts/" + POST_ID))
                .andExpect(header().string("ETag", "\"0\""));

        ArgumentCaptor<PostContent> content = ArgumentCaptor.forClass(PostContent.class);
        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        verify(posts).create(content.capture(), caller.capture());
        assertThat(content.getValue()).isEqualTo(new PostContent("Title", "Text", List.of("Cloud"), null, null, null));
        assertThat(caller.getValue().username()).isEqualTo("alice");
        assertThat(caller.getValue().admin()).isFalse();
    }

    @Test
    void patchPassesIfMatchToService() throws Exception {
        when(posts.update(eq(POST_ID), any(), eq("\"2\""), any())).thenReturn(storedPost(3));

        mvc.perform(patch("/api/posts/" + POST_ID).with(alice()).with(csrf())
                        .contentType("application/merge-patch+json")
                        .header("If-Match", "\"2\"")
                        .content("{\"text\": \"Text\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.owner_id").value("64b0a00000000000000000aa"));
    }

    @Test
    void patchWithOtherMediaTypeIsUnsupported() throws Exception {
        mvc.perform(patch("/api/posts/" + POST_ID).with(alice()).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("text=x"))
                .andExpect(status().isUnsupportedMediaType());

        verifyNoInteractions(posts);
    }

    @Test
    void listUsesNewestFirstWithIdTieBreaker() throws Exception {
        Page<Post> empty = new PageImpl<>(List.of());
        when(posts.list(any(), any())).thenReturn(empty);

        mvc.perform(get("/api/posts").param("hashtag", "#Cloud").with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isArray());

        ArgumentCaptor<PostFilter> filter = ArgumentCaptor.forClass(PostFilter.class);
        ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
        verify(posts).list(filter.capture(), pageable.capture());
        assertThat(filter.getValue().hashtag()).isEqualTo("cloud");
        assertThat(pageable.getValue().getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "date", "id"));
        assertThat(pageable.getValue().getPageSize()).isEqualTo(20);
    }

    @Test
    void sizeOver100NeverReachesService() throws Exception {
        mvc.perform(get("/api/posts").param("size", "1000").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));

        verifyNoInteractions(posts);
    }

    @Test
    void deleteWithoutIfMatchPassesNull() throws Exception {
        mvc.perform(delete("/api/posts/" + POST_ID)
                        .with(alice()).with(csrf()))
                .andExpect(status().isNoContent());

        verify(posts).delete(eq(POST_ID), isNull(), any());
    }
}
