package dev.minisuite.web;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Replaces Spring Boot's MongoDB health check, which sends {@code hello}, with one that sends {@code ping}. Both
 * fail when the server is down, but only {@code ping} is supported by the in-process mongo-java-server that the
 * tests and the local launcher use, so readiness means the same there as against a real MongoDB.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({MongoClient.class, HealthIndicator.class})
public class MongoPingHealthAutoConfiguration {

    /** Named so that Spring Boot's own MongoDB indicator backs off and this one reports as {@code mongo}. */
    @Bean
    @ConditionalOnBean(MongoClient.class)
    HealthIndicator mongoHealthIndicator(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }

    static final class MongoPingHealthIndicator extends AbstractHealthIndicator {

        private final MongoClient client;

        MongoPingHealthIndicator(MongoClient client) {
            super("MongoDB health check failed");
            this.client = client;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            builder.up();
        }
    }
}
