package dev.minisuite.film.catalog;

import java.net.URI;
import java.util.Collections;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/films")
@Tag(name = "Films")
@SecurityRequirement(name = "bearer")
class FilmController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    /** The JSON names that {@code sort} accepts, mapped to their document fields. */
    static final Map<String, String> SORTABLE = sortable();

    /** The default order; the id comes last in every order so that pages never overlap or skip a film. */
    static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc(Film.FILM_NAME));

    private final FilmService films;

    FilmController(FilmService films) {
        this.films = films;
    }

    @GetMapping
    @Operation(summary = "Search films, one page at a time",
            description = "Filters combine with AND. q matches a case-insensitive substring of film_name, every "
                    + "character taken literally; type and director match the whole value, case-insensitively.")
    @ApiResponse(responseCode = "200", description = "One page of films")
    @ApiResponse(responseCode = "400", description = "An invalid parameter, all listed in errors")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    PageResponse<FilmResponse> search(
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Page size, 1 to 100; 20 by default")
            @RequestParam(required = false) @Nullable Integer size,
            @Parameter(description = "film_name, film_year, imdb_rating or release_date, optionally followed by "
                    + ",asc or ,desc; film_name,asc by default")
            @RequestParam(required = false) @Nullable List<String> sort,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(name = "year_from", required = false) @Nullable Integer yearFrom,
            @RequestParam(name = "year_to", required = false) @Nullable Integer yearTo,
            @RequestParam(required = false) @Nullable String director) {
        Pageable requested = PageQuery.of(page, size, sort, SORTABLE, DEFAULT_SORT);
        Pageable stable = PageRequest.of(requested.getPageNumber(), requested.getPageSize(),
                requested.getSort().and(Sort.by(Sort.Order.asc("_id"))));
        FilmSearch search = new FilmSearch(q, type, year, yearFrom, yearTo, director);
        return PageResponse.of(films.search(search, stable), FilmResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One film, with its version in the ETag header")
    @ApiResponse(responseCode = "200", description = "The film")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "404", description = "No film has this id")
    ResponseEntity<FilmResponse> film(@PathVariable String id) {
        return withTag(ResponseEntity.ok(), films.find(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a film (ADMIN)", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = FilmRequest.class))))
    @ApiResponse(responseCode = "201", description = "Created; Location names the new film")
    @ApiResponse(responseCode = "400", description = "Invalid, unknown or server-set fields, all listed in errors")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The caller does not have role ADMIN")
    @ApiResponse(responseCode = "409", description = "A film with this film_name and release_date exists")
    ResponseEntity<FilmResponse> create(@RequestBody JsonNode body) {
        Film film = films.create(FilmRequests.read(body));
        return withTag(ResponseEntity.created(URI.create("/api/films/" + film.id())), film);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace every client-editable field of a film (ADMIN)",
            description = "A field left out is cleared. With If-Match, the film must still have that version.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = FilmRequest.class))))
    @ApiResponse(responseCode = "200", description = "The updated film, with its new ETag")
    @ApiResponse(responseCode = "400", description = "Invalid, unknown or server-set fields, all listed in errors")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The caller does not have role ADMIN")
    @ApiResponse(responseCode = "404", description = "No film has this id")
    @ApiResponse(responseCode = "409", description = "Another film has this film_name and release_date, or the "
            + "film was changed at the same time by a request without If-Match")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<FilmResponse> replace(@PathVariable String id, @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return withTag(ResponseEntity.ok(), films.replace(id, FilmRequests.read(body), ifMatch));
    }

    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Change some fields of a film with a JSON Merge Patch, RFC 7396 (ADMIN)",
            description = "A field set to null is cleared; film_name cannot be cleared. A new release_date without "
                    + "film_year moves film_year to the new date's year.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = FilmRequest.class)),
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = FilmRequest.class))}))
    @ApiResponse(responseCode = "200", description = "The updated film, with its new ETag")
    @ApiResponse(responseCode = "400", description = "An invalid, unknown or server-set field, or film_name cleared")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The caller does not have role ADMIN")
    @ApiResponse(responseCode = "404", description = "No film has this id")
    @ApiResponse(responseCode = "409", description = "Another film has this film_name and release_date, or the "
            + "film was changed at the same time by a request without If-Match")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<FilmResponse> patch(@PathVariable String id, @RequestBody JsonNode patch,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return withTag(ResponseEntity.ok(), films.patch(id, patch, ifMatch));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a film (ADMIN)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The caller does not have role ADMIN")
    @ApiResponse(responseCode = "404", description = "No film has this id")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        films.delete(id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<FilmResponse> withTag(ResponseEntity.BodyBuilder builder, Film film) {
        return builder.eTag(EntityTags.of(film.version())).body(FilmResponse.of(film));
    }

    private static Map<String, String> sortable() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("film_name", Film.FILM_NAME);
        fields.put("film_year", Film.FILM_YEAR);
        fields.put("imdb_rating", Film.IMDB_RATING);
        fields.put("release_date", Film.RELEASE_DATE);
        return Collections.unmodifiableMap(fields);
    }
}
