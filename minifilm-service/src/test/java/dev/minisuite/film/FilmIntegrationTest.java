package dev.minisuite.film;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.minisuite.testsupport.MongoIntegrationTest;
import dev.minisuite.testsupport.TestTokenIssuer;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Starts the whole service on a random port against the shared test MongoDB, accepting the tokens that
 * {@code TestTokens.shared()} signs. Every class with this annotation and no other settings shares one Spring
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MongoIntegrationTest
@TestTokenIssuer
public @interface FilmIntegrationTest {
}
