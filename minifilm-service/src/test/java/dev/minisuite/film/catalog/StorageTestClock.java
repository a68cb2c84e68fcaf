package dev.minisuite.film.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A clock that moves one second ahead at every reading, so that consecutive writes get distinct times. */
@TestConfiguration(proxyBeanMethods = false)
class StorageTestClock {

    @Bean
    Clock clock() {
        return new Clock() {
            private Instant next = Instant.parse("2026-01-01T00:00:00Z");

            @Override
            public synchronized Instant instant() {
                Instant now = next;
                next = next.plus(Duration.ofSeconds(1));
                return now;
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }
}
