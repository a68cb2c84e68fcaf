package dev.minisuite.testsupport;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Applies {@link MongoIntegrationTest} and {@link TestTokenIssuer} to the Spring test context.
 *
 * <p>A context customizer, unlike {@code @ContextConfiguration} on the annotations, lets a test class use both
 * annotations together and with a {@code @ContextConfiguration} of its own. Spring uses only the first
 * {@code @ContextConfiguration} it finds among meta-annotations, so initializers declared there would be dropped.
 */
public final class TestSupportContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configurationAttributes) {
        boolean mongo = TestContextAnnotationUtils.hasAnnotation(testClass, MongoIntegrationTest.class);
        boolean tokens = TestContextAnnotationUtils.hasAnnotation(testClass, TestTokenIssuer.class);
        return mongo || tokens ? new TestSupportCustomizer(mongo, tokens) : null;
    }

    /** Part of the context cache key, so equal settings share one cached context. */
    private record TestSupportCustomizer(boolean mongo, boolean tokens) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            if (mongo) {
                apply(new TestMongoInitializer(), context);
            }
            if (tokens) {
                apply(new TestTokensInitializer(), context);
            }
        }

        private static void apply(ApplicationContextInitializer<ConfigurableApplicationContext> initializer,
                ConfigurableApplicationContext context) {
            initializer.initialize(context);
        }
    }
}
