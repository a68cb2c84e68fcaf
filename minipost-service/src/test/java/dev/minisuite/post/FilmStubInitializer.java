package dev.minisuite.post;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the service's film checks at {@link FilmStub}. */
public final class FilmStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("minisuite.films.base-url=" + FilmStub.shared().baseUrl()).applyTo(context);
    }
}
