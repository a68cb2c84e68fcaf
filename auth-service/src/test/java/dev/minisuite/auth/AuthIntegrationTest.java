package dev.minisuite.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.minisuite.testsupport.MongoIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Starts the whole service on a random port against the shared test MongoDB. Every class with this annotation and
 * no other settings shares one Spring context. bcrypt runs at cost 10, the lowest that production allows, to keep
 * the suite fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "minisuite.auth.bcrypt-cost=10")
@MongoIntegrationTest
public @interface AuthIntegrationTest {
}
