package dev.minisuite.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the Spring test context at the MongoDB that this JVM shares between all its tests.
 *
 * <p>Combine it with {@code @SpringBootTest} or {@code @DataMongoTest}. The backend is chosen once per JVM by
 * {@link TestMongoBackend}: a {@code mongo:8} container when a Docker engine responds, otherwise an in-process server.
 * Tests share one database, so each test cleans the collections it writes to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MongoIntegrationTest {
}
