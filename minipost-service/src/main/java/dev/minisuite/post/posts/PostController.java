package dev.minisuite.post.posts;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.minisuite.web.EntityTags;
import dev.minisuite.web.PageQuery;
import dev.minisuite.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/posts")
@Tag(name = "Posts")
class PostController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    /** The JSON names that {@code sort} accepts, mapped to the document fields. */
    private static final Map<String, String> SORTABLE = sortable();

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, Post.DATE, "id");

    private final PostService posts;

    PostController(PostService posts) {
        this.posts = posts;
    }

    @GetMapping
    @Operation(summary = "List posts, newest first unless sort says otherwise",
            description = "Filters combine: a post is listed when it matches every filter given.")
    @ApiResponse(responseCode = "200", description = "One page of posts")
    @ApiResponse(responseCode = "400",
            description = "A filter, page, size or sort is invalid, and errors lists each one")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    PageResponse<PostResponse> list(
            @Parameter(description = "Only posts by this user id")
            @RequestParam(name = "owner_id", required = false) @Nullable String ownerId,
            @Parameter(description = "Only posts by this username, matched exactly")
            @RequestParam(required = false) @Nullable String user,
            @Parameter(description = "Only posts with this hashtag, with or without #, in any case")
            @RequestParam(required = false) @Nullable String hashtag,
            @Parameter(description = "Only posts about this film")
            @RequestParam(name = "film_id", required = false) @Nullable String filmId,
            @Parameter(description = "Page number, from 0")
            @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Page size, 1 to 100, 20 by default")
            @RequestParam(required = false) @Nullable Integer size,
            @Parameter(description = "date or title, optionally followed by ,asc or ,desc; may repeat")
            @RequestParam(required = false) @Nullable List<String> sort) {
        PostFilter filter = PostFilter.of(ownerId, user, hashtag, filmId);
        Pageable pageable = PageQuery.of(page, size, sort, SORTABLE, NEWEST_FIRST);
        return PageResponse.of(posts.list(filter, withIdTieBreaker(pageable)), PostResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One post; the ETag header carries its version")
    @ApiResponse(responseCode = "200", description = "The post")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "404", description = "No post has this id")
    ResponseEntity<PostResponse> get(@PathVariable String id) {
        Post post = posts.find(id);
        return ResponseEntity.ok().eTag(EntityTags.of(post.version())).body(PostResponse.of(post));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a post as the caller",
            description = "user and owner_id come from the access token, date and updated_at from the server.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = PostContent.class)))
    @ApiResponse(responseCode = "201", description = "Created; Location names the new post and ETag its version")
    @ApiResponse(responseCode = "400", description = "Invalid, unknown or server-set fields, all listed in errors")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The access token has no username claim")
    @ApiResponse(responseCode = "422", description = "film_id names no film in minifilm-service")
    @ApiResponse(responseCode = "503", description = "minifilm-service could not check film_id; see Retry-After")
    ResponseEntity<PostResponse> create(@RequestBody JsonNode body,
            @Parameter(hidden = true) JwtAuthenticationToken authentication) {
        PostContent content = PostRequests.parseNew(body);
        Post post = posts.create(content, Caller.of(authentication));
        return ResponseEntity.created(URI.create("/api/posts/" + post.id()))
                .eTag(EntityTags.of(post.version()))
                .body(PostResponse.of(post));
    }

    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Change a post with a JSON Merge Patch (RFC 7396), as its owner or an ADMIN",
            description = "Fields left out stay as they are. null clears location, url and film_id and empties "
                    + "hashtags; title and text cannot be cleared. Send the ETag in If-Match to change only the "
                    + "version you read.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = PostContent.class)))
    @ApiResponse(responseCode = "200", description = "The changed post; ETag carries its new version")
    @ApiResponse(responseCode = "400", description = "Invalid, unknown or server-set fields, all listed in errors")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The caller is neither the owner nor an ADMIN")
    @ApiResponse(responseCode = "404", description = "No post has this id")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    @ApiResponse(responseCode = "415",
            description = "The body is neither application/merge-patch+json nor application/json")
    @ApiResponse(responseCode = "422", description = "A new film_id names no film in minifilm-service")
    @ApiResponse(responseCode = "503", description = "minifilm-service could not check film_id; see Retry-After")
    ResponseEntity<PostResponse> update(@PathVariable String id, @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Parameter(hidden = true) JwtAuthenticationToken authentication) {
        PostPatch patch = PostRequests.parsePatch(body);
        Post post = posts.update(id, patch, ifMatch, Caller.of(authentication));
        return ResponseEntity.ok().eTag(EntityTags.of(post.version())).body(PostResponse.of(post));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a post, as its owner or an ADMIN",
            description = "Send the ETag in If-Match to delete only the version you read.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The caller is neither the owner nor an ADMIN")
    @ApiResponse(responseCode = "404", description = "No post has this id")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Parameter(hidden = true) JwtAuthenticationToken authentication) {
        posts.delete(id, ifMatch, Caller.of(authentication));
        return ResponseEntity.noContent().build();
    }

    /** Adds the id after the requested order, so that posts with equal dates or titles page in a stable order. */
    private static Pageable withIdTieBreaker(Pageable pageable) {
        Sort sort = pageable.getSort();
        if (sort.getOrderFor("id") != null) {
            return pageable;
        }
        Sort.Direction direction = sort.stream().findFirst()
                .map(Sort.Order::getDirection)
                .orElse(Sort.Direction.DESC);
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                sort.and(Sort.by(direction, "id")));
    }

    private static Map<String, String> sortable() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("date", Post.DATE);
        fields.put("title", "title");
        return fields;
    }
}
