package dev.minisuite.film;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    /**
     * Stores {@code LocalDate} values as UTC midnight through the MongoDB driver's own codecs. Spring Data's default
     * converters use the JVM's time zone instead. A release date written by a JVM in one zone would then read back
     * as another day in a JVM in another zone, and the importer would no longer find the film by its release date.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(adapter -> adapter.useNativeDriverJavaTimeCodecs());
    }
}
