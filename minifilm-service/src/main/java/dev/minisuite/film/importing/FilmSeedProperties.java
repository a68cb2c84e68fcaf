package dev.minisuite.film.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Start-up seeding of the film catalogue.
 *
 * @param seedFile the path of a JSON file in the Vega movies format to import at every start-up; blank for none
 */
@ConfigurationProperties("minisuite.films")
record FilmSeedProperties(String seedFile) {

    FilmSeedProperties {
        seedFile = seedFile == null ? "" : seedFile.strip();
    }
}
