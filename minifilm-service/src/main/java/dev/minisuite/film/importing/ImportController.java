package dev.minisuite.film.importing;

import java.util.Locale;

import dev.minisuite.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Film import")
class ImportController {

    /** The logging context key under which the shared request id filter stores the request id. */
    private static final String REQUEST_ID_KEY = "request_id";

    private final FilmImporter importer;

    ImportController(FilmImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/films/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import films in the Vega movies format (ADMIN)",
            description = "Takes a JSON array of objects with the keys Title, Major Genre, Release Date "
                    + "(\"Jun 12 1998\"), Director, Running Time min, MPAA Rating and IMDB Rating; other keys are "
                    + "ignored. Films are matched by Title and Release Date, so importing the same data again "
                    + "changes nothing. Invalid rows are listed in rejected and the other rows are still imported. "
                    + "The body may have up to 10 MB.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The import report")
    @ApiResponse(responseCode = "400", description = "The body is not a JSON array")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The caller does not have role ADMIN")
    @ApiResponse(responseCode = "413", description = "The body is larger than 10 MB")
    ImportReport importFilms(@RequestBody JsonNode rows) {
        if (!rows.isArray()) {
            throw Problems.status(HttpStatus.BAD_REQUEST,
                    "The import body must be a JSON array of film objects, but was a JSON "
                            + rows.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        String requestId = MDC.get(REQUEST_ID_KEY);
        return importer.importRows(rows, "request " + (requestId == null ? "without id" : requestId));
    }
}
