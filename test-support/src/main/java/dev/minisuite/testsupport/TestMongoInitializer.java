package dev.minisuite.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sets {@code spring.mongodb.uri} to the shared test backend before the context refreshes.
 */
public final class TestMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestMongoBackend backend = TestMongoBackend.shared();
        TestPropertyValues.of("spring.mongodb.uri=" + backend.connectionString()).applyTo(context);
    }
}
