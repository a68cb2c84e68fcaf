package dev.minisuite.film.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.minisuite.film.FilmIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts a context of its own with {@code minisuite.films.seed-file} pointing at a small file, which start-up
 * imports. The titles are unique to this class, so films that other classes store do not interfere.
 */
@FilmIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilmSeedRunnerIntegrationTest {

    static final String SEED = """
            [
              {"Title": "Seeded Film One", "Release Date": "Mar 01 2001", "Major Genre": "Drama"},
              {"Title": "Seeded Film Two", "Release Date": "Mar 02 2002", "IMDB Rating": 6.5},
              {"Title": null}
            ]
            """;

    static final Path SEED_FILE = writeSeedFile();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FilmImporter importer;

    @DynamicPropertySource
    static void seedFile(DynamicPropertyRegistry registry) {
        registry.add("minisuite.films.seed-file", SEED_FILE::toString);
    }

    static Path writeSeedFile() {
        try {
            Path file = Files.createTempFile("film-seed", ".json");
            Files.writeString(file, SEED);
            file.toFile().deleteOnExit();
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    Query seeded() {
        return new Query(Criteria.where("film_name").regex("^Seeded Film "));
    }

    @AfterAll
    void removeSeededFilms() {
        mongo.remove(seeded(), "films");
    }

    @Test
    void startupImportsSeedFile() {
        assertThat(mongo.count(seeded(), "films")).isEqualTo(2);
    }

    @Test
    void runningAgainAddsNothing() {
        new FilmSeedRunner(new FilmSeedProperties(SEED_FILE.toString()), importer).run(null);

        assertThat(mongo.count(seeded(), "films")).isEqualTo(2);
    }

    @Test
    void missingSeedFileFailsWithPath() {
        FilmSeedRunner runner = new FilmSeedRunner(new FilmSeedProperties("/no/such/films.json"), importer);

        assertThatIllegalStateException().isThrownBy(() -> runner.run(null))
                .withMessageContaining("/no/such/films.json");
    }

    @Test
    void seedFileThatIsNoArrayFails() throws IOException {
        Path file = Files.createTempFile("film-seed-object", ".json");
        Files.writeString(file, "{\"Title\": \"Heat\"}");
        FilmSeedRunner runner = new FilmSeedRunner(new FilmSeedProperties(file.toString()), importer);

        try {
            assertThatIllegalStateException().isThrownBy(() -> runner.run(null))
                    .withMessageContaining(file.toString())
                    .withMessageContaining("JSON array");
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void blankSeedFileSkipsSeeding() {
        FilmSeedRunner runner = new FilmSeedRunner(new FilmSeedProperties(" "), importer);

        runner.run(null);

        assertThat(mongo.count(seeded(), "films")).isEqualTo(2);
    }
}
