package dev.minisuite.film.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the configured seed file at start-up. The import is idempotent, so every start runs it and a restart
 * adds nothing twice. A seed file that is missing, unreadable or not a JSON array stops the start-up.
 */
@Component
class FilmSeedRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FilmSeedRunner.class);

    /** A mapper with Jackson's defaults, because the seed file uses neither snake_case nor this service's fields. */
    private static final JsonMapper READER = JsonMapper.builder().build();

    private final FilmSeedProperties properties;
    private final FilmImporter importer;

    FilmSeedRunner(FilmSeedProperties properties, FilmImporter importer) {
        this.properties = properties;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.seedFile().isEmpty()) {
            log.info("No film seed file configured; set MINISUITE_FILMS_SEED_FILE to import one at start-up");
            return;
        }
        Path file = Path.of(properties.seedFile());
        JsonNode rows = read(file);
        if (!rows.isArray()) {
            throw fail(file, "it is not a JSON array of film objects", null);
        }
        importer.importRows(rows, "seed file " + file);
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw fail(file, "the file does not exist or is not readable", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return READER.readTree(in);
        }
        catch (IOException | JacksonException ex) {
            throw fail(file, "it could not be read as JSON: " + ex.getMessage(), ex);
        }
    }

    private static IllegalStateException fail(Path file, String reason, @Nullable Exception cause) {
        String message = "Cannot import the film seed file " + file.toAbsolutePath() + " (minisuite.films.seed-file): "
                + reason + ". Fix the path or set MINISUITE_FILMS_SEED_FILE to blank to start without seeding.";
        log.error(message);
        return new IllegalStateException(message, cause);
    }
}
